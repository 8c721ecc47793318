import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PointsMovement } from "../../../modules/points"
import { loadPointsProgramStep } from "../steps/load-points-program"
import { postPointsMovementsStep } from "../steps/post-points-movements"
import { pointsExpiry } from "../utils/points-rules"

export type AdjustPointsInput = {
  customer_id: string
  /** Non-zero: credited into a new lot, spendable at once, expiring as the program says; or debited from what is available. */
  points: number
  reason: string
  /** `manual:{customer}:{key}`: a retry with the same key writes nothing. */
  idempotency_key: string
  actor: string
  now?: Date
}

export const adjustPointsWorkflowId = "adjust-points"

/**
 * A merchant's adjustment of a customer's points, with its reason; a debit beyond what is available
 * is refused. Posted once per idempotency key (a retry writes nothing); the ledger is append-only.
 *
 * @example
 * const { result } = await adjustPointsWorkflow(container).run({
 *   input: {
 *     customer_id: "cus_123",
 *     points: 200,
 *     reason: "Goodwill for a late delivery",
 *     idempotency_key: "manual:cus_123:7e1b2c9d",
 *     actor: "admin:user_123",
 *   },
 * })
 */
export const adjustPointsWorkflow = createWorkflow(adjustPointsWorkflowId, (input: AdjustPointsInput) => {
  const program = loadPointsProgramStep()
  const movements = transform({ input, program }, ({ input, program }): PointsMovement[] => {
    const now = input.now ?? new Date()
    return [
      {
        customer_id: input.customer_id,
        type: "adjust",
        amount: input.points,
        idempotency_key: input.idempotency_key,
        now,
        note: input.reason,
        actor: input.actor,
        ...(input.points > 0 ? { lot: { pending_until: null, expires_at: pointsExpiry(program, now) } } : { from: "available" as const }),
      },
    ]
  })
  const transactions = postPointsMovementsStep(movements)
  return new WorkflowResponse({ transactions })
})
