import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { listParams } from "../../../utils/list-params"
import { pointsTransactionsPage } from "../../../utils/points-ledger"

type ListParams = z.infer<typeof listParams>

/** The signed-in shopper's points transactions, newest first, paginated. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListParams>, res: MedusaResponse) => {
  res.json(await pointsTransactionsPage(req.scope, req.auth_context.actor_id, req.validatedQuery as ListParams))
}
