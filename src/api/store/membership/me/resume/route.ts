import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeMembershipWorkflow } from "../../../../../workflows/membership/workflows/change-membership"
import { retrieveShopperMembership } from "../views"
import { ownMembershipId } from "../own-membership"

/** Turns auto-renew back on before the period ends. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const id = await ownMembershipId(req.scope, req.auth_context.actor_id)
  await changeMembershipWorkflow(req.scope).run({
    input: { kind: "resume", membership_id: id, actor: "customer", now: new Date() },
  })
  res.json({ membership: await retrieveShopperMembership(req.scope, id) })
}
