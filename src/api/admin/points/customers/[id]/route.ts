import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { pointsBalancesOf, pointsTransactionsPage } from "../../../../utils/points-ledger"
import type { AdminListCustomerPointsParamsType } from "./validators"

/** A customer's points balances and ledger (paginated, newest first). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCustomerPointsParamsType>, res: MedusaResponse) => {
  await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.params.id)
  const [balances, page] = await Promise.all([
    pointsBalancesOf(req.scope, req.params.id),
    pointsTransactionsPage(req.scope, req.params.id, req.validatedQuery as AdminListCustomerPointsParamsType),
  ])
  res.json({ customer_id: req.params.id, balances, ...page })
}
