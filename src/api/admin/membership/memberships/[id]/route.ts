import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminMembership } from "../views"

/** One membership with its customer, history (newest first) and paid periods. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ membership: await retrieveAdminMembership(req.scope, req.params.id) })
}
