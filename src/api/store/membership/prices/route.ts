import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { memberPriceOffers } from "../../../../workflows/benefits/queries/member-price-offers"
import type { StoreMemberPricesParamsType } from "./validators"

/**
 * The shopper's price of each variant in the region, the regular price, and what each plan's
 * member prices would save (optional customer auth; guests see the plans' offers).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreMemberPricesParamsType>, res: MedusaResponse) => {
  const { region_id, variant_ids } = req.validatedQuery as StoreMemberPricesParamsType
  const [region] = await req.scope.resolve(Modules.REGION).listRegions({ id: region_id }, { select: ["id", "currency_code"] })
  if (!region) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${region_id} was not found`)
  }
  const variants = await memberPriceOffers(
    req.scope,
    { region_id: region.id, currency_code: region.currency_code, customer_id: req.auth_context?.actor_id },
    [...new Set(variant_ids)]
  )
  res.json({ region_id: region.id, currency_code: region.currency_code, variants })
}
