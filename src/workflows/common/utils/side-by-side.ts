import { MedusaError } from "@medusajs/framework/utils"

/** What went wrong, readable: a workflow's errors may come back serialized (no `Error` prototype). */
export const failureMessage = (reason: unknown): string =>
  reason && typeof reason === "object" && "message" in reason ? String((reason as { message: unknown }).message) : String(reason)

/**
 * Runs independent, idempotent reconciliations at once, as separate subscribers would: one
 * failing does not stop the others, and the failures are thrown together afterwards (so the
 * event bus retries the event, which the idempotent ones answer by writing nothing).
 */
export async function sideBySide(what: string, runs: (() => Promise<unknown>)[]): Promise<void> {
  const outcomes = await Promise.allSettled(runs.map((run) => run()))
  const failures = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []))
  if (failures.length) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `membership: ${failures.length} of ${what} failed: ${failures.map(failureMessage).join("; ")}`)
  }
}
