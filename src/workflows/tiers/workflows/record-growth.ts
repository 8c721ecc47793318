import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { evaluateCustomerTierStep } from "../steps/evaluate-customer-tier"
import { syncTierGroupsStep } from "../steps/sync-tier-groups"
import { recordGrowthEntriesStep } from "../steps/record-growth-entries"

export type RecordGrowthInput = {
  customer_id: string
  amount: number
  /** `manual`: a merchant's adjustment (a note is required); `task`: growth for something the shopper did. */
  reason: "manual" | "task"
  /** Makes a retry write nothing: e.g. `task:{customer}:{task key}`, or a request's own key. */
  idempotency_key: string
  note?: string | null
  reference?: string | null
  actor?: string
  now?: Date
}

export const recordGrowthWorkflowId = "record-growth"

/**
 * Adds one growth entry (a merchant adjustment or a task) and upgrades the customer if it lifts them.
 * Written once per idempotency key (a retry writes nothing); if the upgrade fails, the entry stays.
 *
 * @example
 * const { result } = await recordGrowthWorkflow(container).run({
 *   input: {
 *     customer_id: "cus_123",
 *     amount: 50,
 *     reason: "manual",
 *     idempotency_key: "manual:cus_123:5d0e8f21",
 *     note: "Goodwill for a late delivery",
 *     actor: "admin:user_123",
 *   },
 * })
 */
export const recordGrowthWorkflow = createWorkflow(recordGrowthWorkflowId, (input: RecordGrowthInput) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date())
  const entries = transform({ input, now }, ({ input, now }) => [
    {
      customer_id: input.customer_id,
      amount: input.amount,
      reason: input.reason,
      idempotency_key: input.idempotency_key,
      counts_at: now,
      note: input.note ?? null,
      reference: input.reference ?? null,
      actor: input.actor ?? "system",
    },
  ])
  const written = recordGrowthEntriesStep(entries)
  const evaluation = evaluateCustomerTierStep({ customer_id: input.customer_id, now })
  syncTierGroupsStep(transform({ input }, ({ input }) => ({ customer_ids: [input.customer_id], wait_seconds: 1, best_effort: true })))
  return new WorkflowResponse({ entries: written, evaluation })
})
