import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteRefund } from "../../../../../../workflows/membership/queries/membership-refund"
import { retrieveMembershipView } from "../../../../../utils/membership-view"

/** What cancelling now would refund, by the plan's policy. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveMembershipView(req.scope, { id: req.params.id })
  const quote = await quoteRefund(req.scope, req.params.id, new Date())
  res.json({ amount: quote.amount, currency_code: quote.currency_code, policy: quote.policy, benefits_used: quote.benefits_used })
}
