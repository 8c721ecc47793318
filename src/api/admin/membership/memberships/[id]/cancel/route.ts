import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelMembershipNowWorkflow } from "../../../../../../workflows/membership/workflows/cancel-membership-now"
import { retrieveMembershipView } from "../../../../../utils/membership-view"
import { retrieveAdminMembership } from "../../views"
import type { AdminCancelMembershipType } from "../../validators"

/** Ends the membership now and refunds by the plan's policy (unless `refund: false`). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCancelMembershipType>, res: MedusaResponse) => {
  await retrieveMembershipView(req.scope, { id: req.params.id })
  const { result } = await cancelMembershipNowWorkflow(req.scope).run({
    input: { membership_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({
    membership: await retrieveAdminMembership(req.scope, req.params.id),
    refund: result.refund,
  })
}
