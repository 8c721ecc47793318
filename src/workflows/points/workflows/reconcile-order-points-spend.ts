import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { linkCartMallRedemptionsStep } from "../../points-mall/steps/link-cart-mall-redemptions"
import { linkPointsSpendStep } from "../steps/link-points-spend"
import { restoreOrderPointsStep } from "../steps/restore-order-points"
import { ORDER_LEDGER_LOCK, orderLedgerLockKey } from "../../common/utils/locks"

export const reconcileOrderPointsSpendWorkflowId = "reconcile-order-points-spend"

/**
 * Keeps the points an order was paid with in line with its state: the checkout debit and the
 * points mall redemptions of its cart's lines are tied to the order, and cancellation or refunds give back their share of the points. One run per
 * order at a time; every order event may run it, a redelivered one finds nothing to do.
 *
 * @example
 * const { result } = await reconcileOrderPointsSpendWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const reconcileOrderPointsSpendWorkflow = createWorkflow(reconcileOrderPointsSpendWorkflowId, (input: { order_id: string }) => {
  const lockKey = transform({ input }, orderLedgerLockKey("points-spend"))
  acquireLockStep({ key: lockKey, timeout: ORDER_LEDGER_LOCK.timeout, ttl: ORDER_LEDGER_LOCK.ttl })
  linkPointsSpendStep(input)
  linkCartMallRedemptionsStep(input)
  const restored = restoreOrderPointsStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(restored)
})
