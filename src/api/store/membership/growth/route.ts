import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { listParams } from "../../../utils/list-params"
import { growthPage } from "../../../utils/growth-ledger"

type ListParams = z.infer<typeof listParams>

/** The signed-in shopper's growth history, newest first, paginated. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListParams>, res: MedusaResponse) => {
  res.json(await growthPage(req.scope, req.auth_context.actor_id, req.validatedQuery as ListParams))
}
