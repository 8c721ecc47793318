import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { couponPage } from "../../../utils/coupon-view"
import type { StoreListCouponsParamsType } from "./validators"

/** The signed-in shopper's coupon drop codes, newest first, paginated. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListCouponsParamsType>, res: MedusaResponse) => {
  res.json(await couponPage(req.scope, req.auth_context.actor_id, req.validatedQuery as StoreListCouponsParamsType))
}
