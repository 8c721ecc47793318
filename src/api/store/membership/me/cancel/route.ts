import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeMembershipWorkflow } from "../../../../../workflows/membership/workflows/change-membership"
import { retrieveShopperMembership } from "../views"
import { ownMembershipId } from "../own-membership"

/** Turns auto-renew off: the membership stays until the period ends and is not charged again. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const id = await ownMembershipId(req.scope, req.auth_context.actor_id)
  await changeMembershipWorkflow(req.scope).run({
    input: { kind: "cancel_at_period_end", membership_id: id, actor: "customer", cause: "Auto-renew turned off by the member", now: new Date() },
  })
  res.json({ membership: await retrieveShopperMembership(req.scope, id) })
}
