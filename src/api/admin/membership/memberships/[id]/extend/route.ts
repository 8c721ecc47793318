import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeMembershipWorkflow } from "../../../../../../workflows/membership/workflows/change-membership"
import { retrieveMembershipView } from "../../../../../utils/membership-view"
import { retrieveAdminMembership } from "../../views"
import type { AdminExtendMembershipType } from "../../validators"

/** Adds days to the current period, with the merchant's reason in the history. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminExtendMembershipType>, res: MedusaResponse) => {
  await retrieveMembershipView(req.scope, { id: req.params.id })
  await changeMembershipWorkflow(req.scope).run({
    input: { kind: "extend", membership_id: req.params.id, ...req.validatedBody, actor: "admin", now: new Date() },
  })
  res.json({ membership: await retrieveAdminMembership(req.scope, req.params.id) })
}
