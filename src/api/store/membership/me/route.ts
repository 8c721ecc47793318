import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBERSHIP_MODULE } from "../../../../modules/membership"
import type MembershipModuleService from "../../../../modules/membership/service"
import { renewalPrice } from "../../../../workflows/utils/renewal-price"
import { retrieveMembershipView } from "../../../utils/membership-view"

/** The signed-in shopper's membership: plan, status, period, next charge (date and amount) and history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const membership: MembershipModuleService = req.scope.resolve(MEMBERSHIP_MODULE)
  const [own] = await membership.listMemberships({ customer_id: customerId }, { select: ["id"] })
  if (!own) {
    res.json({ membership: null })
    return
  }
  const view = await retrieveMembershipView(req.scope, { id: own.id })
  const next = view.next_charge_at
    ? await renewalPrice(req.scope, {
        customer_id: customerId,
        plan_id: view.plan.id,
        next_plan_id: view.next_plan_id,
        currency_code: view.currency_code,
      })
    : null
  // Periods (and what paid for them) are the merchant's view; the shopper sees the history.
  res.json({ membership: { ...view, periods: undefined, next_charge: next && { at: view.next_charge_at, ...next } } })
}
