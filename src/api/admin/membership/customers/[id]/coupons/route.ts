import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { couponPage } from "../../../../../utils/coupon-view"
import type { AdminListCouponsParamsType } from "./validators"

/** A customer's coupon drop codes (newest first, paginated), with whether each was used. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCouponsParamsType>, res: MedusaResponse) => {
  await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.params.id)
  res.json({ customer_id: req.params.id, ...(await couponPage(req.scope, req.params.id, req.validatedQuery as AdminListCouponsParamsType)) })
}
