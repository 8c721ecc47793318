import { roundMoney } from "../../../../lib/money"
import type { MembershipInsights } from "../../../../modules/membership"
import { type PointsActivity, pointsValue } from "../../../../modules/points"
import type { InsightsAmount, InsightsSummary, PointsRedemptionRate } from "../../../../types/http"

type SummaryInput = {
  range: { from: Date; to: Date }
  membership: MembershipInsights
  points: PointsActivity
  redemptionRates: PointsRedemptionRate[]
  /** Keep only this currency's amounts. */
  currencyCode?: string
}

const RATE_DIGITS = 4

/** `part ÷ whole` to four decimals; null when there is no whole. */
const ratio = (part: number, whole: number) => (whole > 0 ? Number((part / whole).toFixed(RATE_DIGITS)) : null)

const byCurrency = (amounts: InsightsAmount[]) => [...amounts].sort((a, b) => a.currency_code.localeCompare(b.currency_code))

/** The summary's answer: money rounded per currency, rates to four decimals, margin per currency. */
export function insightsSummary({ range, membership, points, redemptionRates, currencyCode }: SummaryInput): InsightsSummary {
  const kept = (amounts: InsightsAmount[]) =>
    byCurrency(amounts.filter((row) => !currencyCode || row.currency_code === currencyCode)).map((row) => ({
      currency_code: row.currency_code,
      amount: roundMoney(row.amount, row.currency_code),
    }))
  const total = (amounts: InsightsAmount[], currency: string) => amounts.find((row) => row.currency_code === currency)?.amount ?? 0
  const currencies = [...new Set([...membership.fees, ...membership.benefit_cost].map((row) => row.currency_code))]
  const margin = currencies.map((currency_code) => ({
    currency_code,
    amount: total(membership.fees, currency_code) - total(membership.benefit_cost, currency_code),
  }))
  const status = (name: string) => membership.members[name] ?? 0
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    members: { active: status("active"), trialing: status("trialing"), past_due: status("past_due"), canceling: status("canceled") },
    new_members: membership.new_members,
    churned_members: membership.churned_members,
    churn_rate: ratio(membership.churned_members, membership.members_at_start),
    mrr: kept(membership.mrr),
    arpu: kept(membership.mrr.map((row) => ({ currency_code: row.currency_code, amount: row.amount / row.paying }))),
    fees: kept(membership.fees),
    benefit_cost: kept(membership.benefit_cost),
    margin: kept(margin),
    points: {
      ...points,
      liability: kept(pointsValue(points.outstanding, redemptionRates)),
      breakage_rate: ratio(points.expired, points.issued),
      redemption_rate: ratio(points.redeemed, points.issued),
    },
  }
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? "" : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The summary as CSV: one row per figure (`metric,currency_code,value`), amounts per currency on rows of their own. */
export function insightsSummaryCsv(summary: InsightsSummary): string {
  const rows: (string | number | null)[][] = [["metric", "currency_code", "value"]]
  const add = (metric: string, value: string | number | null | InsightsAmount[]) => {
    if (Array.isArray(value)) {
      value.forEach((row) => rows.push([metric, row.currency_code, row.amount]))
    } else {
      rows.push([metric, "", value])
    }
  }
  add("from", summary.range.from)
  add("to", summary.range.to)
  Object.entries(summary.members).forEach(([status, count]) => add(`members_${status}`, count))
  const figures = ["new_members", "churned_members", "churn_rate", "mrr", "arpu", "fees", "benefit_cost", "margin"] as const
  figures.forEach((metric) => add(metric, summary[metric]))
  Object.entries(summary.points).forEach(([metric, value]) => add(`points_${metric}`, value))
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n"
}
