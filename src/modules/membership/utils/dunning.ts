import { addDays } from "./period"

/**
 * When a renewal due at `dueAt` is retried after `failedAttempts` failures, per the plan's
 * retry offsets (days after the due date); null when every retry has been used.
 */
export function nextRetryAt(dueAt: Date, offsets: number[], failedAttempts: number): Date | null {
  const offset = offsets[failedAttempts - 1]
  return offset === undefined ? null : addDays(dueAt, offset)
}

/** A past-due membership keeps its benefits until both the grace period and the retries are over. */
export function pastDueEndsAt(dueAt: Date, offsets: number[], graceDays: number): Date {
  const lastRetry = offsets.length ? Math.max(...offsets) : 0
  return addDays(dueAt, Math.max(graceDays, lastRetry))
}

/** Offsets as stored on a plan: whole days, ascending, without repeats. */
export function normalizeOffsets(offsets: unknown): number[] {
  if (!Array.isArray(offsets)) {
    return []
  }
  return [...new Set(offsets.map(Number).filter((n) => Number.isInteger(n) && n > 0))].sort((a, b) => a - b)
}
