import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveMembershipView } from "../../../../utils/membership-view"
import { adminMembershipFields } from "../query-config"

/** One membership with its customer, history (newest first) and paid periods. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ membership: await retrieveMembershipView(req.scope, { id: req.params.id }, adminMembershipFields) })
}
