import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renewalPrice } from "../../../../workflows/membership/queries/renewal-price"
import { retrieveMembershipView } from "../../../utils/membership-view"
import { findOwnMembershipId } from "./own-membership"
import { shopperMembershipView } from "./views"

/** The signed-in shopper's membership: plan, status, period, next charge (date and amount) and history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const id = await findOwnMembershipId(req.scope, customerId)
  if (!id) {
    res.json({ membership: null })
    return
  }
  const view = await retrieveMembershipView(req.scope, { id })
  const next = view.next_charge_at
    ? await renewalPrice(req.scope, {
        customer_id: customerId,
        plan_id: view.plan.id,
        next_plan_id: view.next_plan_id,
        currency_code: view.currency_code,
      })
    : null
  res.json({ membership: { ...shopperMembershipView(view), next_charge: next && { at: view.next_charge_at, ...next } } })
}
