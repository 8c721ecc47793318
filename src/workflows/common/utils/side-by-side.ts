import { MedusaError } from "@medusajs/framework/utils"

/**
 * Runs independent, idempotent reconciliations at once, as separate subscribers would: one
 * failing does not stop the others, and the failures are thrown together afterwards (so the
 * event bus retries the event, which the idempotent ones answer by writing nothing).
 */
export async function sideBySide(what: string, runs: (() => Promise<unknown>)[]): Promise<void> {
  const outcomes = await Promise.allSettled(runs.map((run) => run()))
  const failures = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []))
  if (failures.length) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `membership: ${failures.length} of ${what} failed: ${failures.map(String).join("; ")}`)
  }
}
