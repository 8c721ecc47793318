import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pageOf } from "../../../utils/page"
import type { StoreListPlansParamsType } from "./validators"

/** Plans a shopper can buy: active ones only. */
export const GET = async (
  req: MedusaRequest<unknown, StoreListPlansParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: plans, metadata } = await query.graph({
    entity: "membership_plan",
    fields: req.queryConfig.fields,
    filters: { status: "active" },
    pagination: req.queryConfig.pagination,
  })

  res.json({ plans, ...pageOf(plans, metadata) })
}
