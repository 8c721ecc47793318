import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planOrderBenefitUsageStep } from "../steps/plan-order-benefit-usage"
import { recordBenefitUsageStep } from "../steps/record-benefit-usage"
import { ORDER_LEDGER_LOCK, orderLedgerLockKey } from "../../common/utils/locks"

export const reconcileOrderBenefitUsageWorkflowId = "reconcile-order-benefit-usage"

/**
 * Brings an order's benefit usage in line with its state: recorded once after placement, given
 * back in proportion to refunds, returns or cancellation. Every order event runs it, one at a
 * time per order; redelivered events find nothing left to write. A failed write is undone.
 *
 * @example
 * const { result } = await reconcileOrderBenefitUsageWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const reconcileOrderBenefitUsageWorkflow = createWorkflow(reconcileOrderBenefitUsageWorkflowId, (input: { order_id: string }) => {
  const lockKey = transform({ input }, orderLedgerLockKey("benefit-usage"))
  acquireLockStep({ key: lockKey, timeout: ORDER_LEDGER_LOCK.timeout, ttl: ORDER_LEDGER_LOCK.ttl })
  const plan = planOrderBenefitUsageStep({ order_id: input.order_id })
  const written = recordBenefitUsageStep(plan)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(written)
})
