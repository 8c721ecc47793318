import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { POINTS_MODULE, type PointsModuleService } from "../../../../../../modules/points"
import { adjustPointsWorkflow } from "../../../../../../workflows/points/workflows/adjust-points"
import { POINTS_TRANSACTION_FIELDS, pointsBalancesOf } from "../../../../../utils/points-ledger"
import type { AdminAdjustPointsType } from "./validators"

/** A merchant's adjustment, with its reason; taking more than the customer has available is refused (400). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAdjustPointsType>, res: MedusaResponse) => {
  await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.params.id)
  const { points, reason, idempotency_key } = req.validatedBody
  const key = `manual:${req.params.id}:${idempotency_key ?? randomUUID()}`
  await adjustPointsWorkflow(req.scope).run({
    input: { customer_id: req.params.id, points, reason, idempotency_key: key, actor: `admin:${req.auth_context.actor_id}` },
  })
  // A retry with the same key wrote nothing: it answers with the transaction the first call wrote.
  const [transaction] = await req.scope
    .resolve<PointsModuleService>(POINTS_MODULE)
    .listPointsTransactions({ idempotency_key: key }, { select: [...POINTS_TRANSACTION_FIELDS] })
  res.status(201).json({ transaction, balances: await pointsBalancesOf(req.scope, req.params.id) })
}
