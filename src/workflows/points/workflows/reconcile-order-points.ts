import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planOrderPointsStep } from "../steps/plan-order-points"
import { postPointsMovementsStep } from "../steps/post-points-movements"
import { ORDER_LEDGER_LOCK, orderLedgerLockKey } from "../../common/utils/locks"

export const reconcileOrderPointsWorkflowId = "reconcile-order-points"

/**
 * Brings an order's points in line with its state: a pending lot once paid, proportional
 * reversals after refunds, returns or cancellation. Every order and payment event runs it; one
 * at a time per order, and each movement's idempotency key makes redelivered events write nothing.
 *
 * @example
 * const { result } = await reconcileOrderPointsWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const reconcileOrderPointsWorkflow = createWorkflow(reconcileOrderPointsWorkflowId, (input: { order_id: string; now?: Date }) => {
  const lockKey = transform({ input }, orderLedgerLockKey("points"))
  const now = transform({ input }, ({ input }) => input.now ?? new Date())
  acquireLockStep({ key: lockKey, timeout: ORDER_LEDGER_LOCK.timeout, ttl: ORDER_LEDGER_LOCK.ttl })
  const plan = planOrderPointsStep({ order_id: input.order_id, now })
  const movements = transform({ plan }, ({ plan }) => plan.movements)
  const posted = postPointsMovementsStep(movements)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ customer_id: plan.customer_id, transactions: posted })
})
