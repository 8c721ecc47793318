import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { cancelOrderMallRedemptionsStep } from "../steps/cancel-order-mall-redemptions"
import { ORDER_LEDGER_LOCK, orderLedgerLockKey } from "../../common/utils/locks"

export const cancelOrderMallRedemptionsWorkflowId = "cancel-order-mall-redemptions"

/**
 * A canceled order gives back the points mall redemptions it carried (points into their lots,
 * stock). One run per order at a time; a redelivered or concurrent event finds them canceled.
 * A cancellation is never taken back.
 *
 * @example
 * const { result } = await cancelOrderMallRedemptionsWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const cancelOrderMallRedemptionsWorkflow = createWorkflow(cancelOrderMallRedemptionsWorkflowId, (input: { order_id: string }) => {
  const lockKey = transform({ input }, orderLedgerLockKey("points-mall"))
  acquireLockStep({ key: lockKey, timeout: ORDER_LEDGER_LOCK.timeout, ttl: ORDER_LEDGER_LOCK.ttl })
  const canceled = cancelOrderMallRedemptionsStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(canceled)
})
