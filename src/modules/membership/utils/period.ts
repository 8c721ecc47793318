import type { PlanInterval } from "../types"

export type PlanTerms = { interval: PlanInterval; interval_count: number }

/**
 * The end of a period that starts at `start`. Months and years keep the day of the month
 * where it exists and otherwise end on the month's last day (Jan 31 + 1 month = Feb 28/29).
 */
export function addPeriod(start: Date, { interval, interval_count }: PlanTerms, periods = 1): Date {
  const count = interval_count * periods
  if (interval === "day") {
    return new Date(start.getTime() + count * DAY_MS)
  }
  const months = interval === "year" ? count * 12 : count
  const end = new Date(start.getTime())
  const day = end.getUTCDate()
  end.setUTCDate(1)
  end.setUTCMonth(end.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate()
  end.setUTCDate(Math.min(day, lastDay))
  return end
}

export const DAY_MS = 24 * 60 * 60 * 1000

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}
