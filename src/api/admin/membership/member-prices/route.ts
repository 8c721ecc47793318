import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setMemberPricesWorkflow } from "../../../../workflows/benefits/workflows/set-member-prices"
import { productMemberPrices } from "./views"
import type { AdminGetMemberPricesParamsType, AdminSetMemberPricesType } from "./validators"

/** A product's member prices, with the store's currencies and the member_price benefits. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetMemberPricesParamsType>, res: MedusaResponse) => {
  res.json(await productMemberPrices(req.scope, (req.validatedQuery as AdminGetMemberPricesParamsType).product_id))
}

/** Sets (or with `amount: null` removes) member prices of a product's variants; answers like GET. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetMemberPricesType>, res: MedusaResponse) => {
  await setMemberPricesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(await productMemberPrices(req.scope, req.validatedBody.product_id))
}
