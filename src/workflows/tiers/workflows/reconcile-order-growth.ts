import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { evaluateCustomerTierStep } from "../steps/evaluate-customer-tier"
import { syncTierGroupsStep } from "../steps/sync-tier-groups"
import { planOrderGrowthStep } from "../steps/plan-order-growth"
import { recordGrowthEntriesStep } from "../steps/record-growth-entries"
import { ORDER_LEDGER_LOCK, orderLedgerLockKey } from "../../common/utils/locks"

export const reconcileOrderGrowthWorkflowId = "reconcile-order-growth"

/**
 * Brings an order's growth in line with its state: the award once paid, proportional reversals
 * after refunds, returns or cancellation. Every order event runs it; one at a time per order,
 * and each entry's idempotency key makes redelivered events write nothing. An upgrade it earns
 * follows; if that fails, the growth stays (the nightly re-evaluation catches up).
 *
 * @example
 * const { result } = await reconcileOrderGrowthWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const reconcileOrderGrowthWorkflow = createWorkflow(reconcileOrderGrowthWorkflowId, (input: { order_id: string; now?: Date }) => {
  const lockKey = transform({ input }, orderLedgerLockKey("growth"))
  const now = transform({ input }, ({ input }) => input.now ?? new Date())
  acquireLockStep({ key: lockKey, timeout: ORDER_LEDGER_LOCK.timeout, ttl: ORDER_LEDGER_LOCK.ttl })
  const plan = planOrderGrowthStep({ order_id: input.order_id, now })
  const written = recordGrowthEntriesStep(plan.entries)
  // The ledger is written: the order's lock is not needed (nor held) while the tier is evaluated.
  releaseLockStep({ key: lockKey })
  const evaluation = evaluateCustomerTierStep({ customer_id: plan.customer_id, now })
  syncTierGroupsStep(transform({ plan }, ({ plan }) => ({ customer_ids: plan.customer_id ? [plan.customer_id] : [], wait_seconds: 1, best_effort: true })))
  return new WorkflowResponse({ entries: written, evaluation })
})
