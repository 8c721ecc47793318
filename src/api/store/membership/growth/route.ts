import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminListGrowthParamsType as ListParams } from "../../../admin/membership/customers/[id]/growth/validators"
import { growthPage } from "../../../utils/growth-ledger"

/** The signed-in shopper's growth history, newest first, paginated. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListParams>, res: MedusaResponse) => {
  res.json(await growthPage(req.scope, req.auth_context.actor_id, req.validatedQuery as ListParams))
}
