import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreListPartnerBenefitsParamsType } from "./validators"
import { shopperPartnerBenefits } from "./views"

/** The signed-in shopper's partner benefits (claimable or not, with the code held) and their claimed codes, paginated. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListPartnerBenefitsParamsType>, res: MedusaResponse) => {
  res.json(await shopperPartnerBenefits(req.scope, req.auth_context.actor_id, req.validatedQuery as StoreListPartnerBenefitsParamsType))
}
