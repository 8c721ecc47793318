import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addMemberPricesStep } from "../steps/add-member-prices"
import { planMemberPricesStep, type SetMemberPricesInput } from "../steps/plan-member-prices"
import { removeMemberPricesStep } from "../steps/remove-member-prices"

export const setMemberPricesWorkflowId = "set-member-prices"

/**
 * Sets a product's member prices: each row is the price of a variant for the holders of a
 * member_price benefit in a currency, stored in the variant's price set with the rule
 * `membership_benefit = <benefit id>`; `amount: null` removes it. A changed amount replaces the
 * stored price. If adding fails, the removed prices are added back.
 *
 * @example
 * const { result } = await setMemberPricesWorkflow(container).run({
 *   input: {
 *     product_id: "prod_123",
 *     prices: [
 *       { variant_id: "variant_123", benefit_id: "mbnft_123", currency_code: "eur", amount: 18 },
 *       { variant_id: "variant_456", benefit_id: "mbnft_123", currency_code: "eur", amount: null },
 *     ],
 *   },
 * })
 */
export const setMemberPricesWorkflow = createWorkflow(setMemberPricesWorkflowId, (input: SetMemberPricesInput) => {
  const changes = planMemberPricesStep(input)
  const removed = removeMemberPricesStep(transform({ changes }, ({ changes }) => ({ price_ids: changes.remove })))
  const added = addMemberPricesStep(transform({ changes, removed }, ({ changes }) => changes.add))
  return new WorkflowResponse({ removed, added })
})
