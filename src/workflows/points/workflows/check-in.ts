import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { evaluateCustomerTierStep } from "../../tiers/steps/evaluate-customer-tier"
import { syncTierGroupsStep } from "../../tiers/steps/sync-tier-groups"
import { prepareCheckInStep } from "../steps/prepare-check-in"
import { recordGrowthEntriesStep } from "../../tiers/steps/record-growth-entries"

export const checkInWorkflowId = "membership-check-in"

/**
 * A shopper's daily check-in: once per store day (keyed by the day), with its streak bonus, one
 * at a time per customer (lock). A tier upgrade it earns follows; if that fails, the growth stays.
 *
 * @example
 * const { result } = await checkInWorkflow(container).run({ input: { customer_id: "cus_123" } })
 */
export const checkInWorkflow = createWorkflow(checkInWorkflowId, (input: { customer_id: string; now?: Date }) => {
  const lockKey = transform({ input }, ({ input }) => `growth:check-in:${input.customer_id}`)
  const now = transform({ input }, ({ input }) => input.now ?? new Date())
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const plan = prepareCheckInStep({ customer_id: input.customer_id, now })
  recordGrowthEntriesStep(plan.entries)
  releaseLockStep({ key: lockKey })
  evaluateCustomerTierStep({ customer_id: input.customer_id, now })
  // A sync already running finishes every pending row, usually this one too: no waiting.
  syncTierGroupsStep(transform({ input }, ({ input }) => ({ customer_ids: [input.customer_id], wait_seconds: 1, best_effort: true })))
  return new WorkflowResponse(
    transform({ plan }, ({ plan }) => ({
      date: plan.date,
      streak: plan.streak,
      awarded: plan.awarded,
      already_checked_in: plan.already_checked_in,
    }))
  )
})
