import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { TRIAL_ATTRIBUTE } from "../../../../modules/membership"
import { shopperPricingContext } from "../../../../workflows/benefits/queries/shopper-pricing-context"
import { storeCurrencies } from "../../../../workflows/common/queries/store-currencies"
import { storeDefaultCurrency } from "../../../../workflows/common/queries/store-default-currency"
import { pageOf } from "../../../utils/page"
import type { StoreListPlansParamsType } from "./validators"

type CalculatedPrice = {
  calculated_amount: number | null
  original_amount: number | null
  currency_code: string | null
  calculated_price?: { price_list_id?: string | null } | null
}

/**
 * Plans a shopper can buy (active ones), each with the `variant_id` a storefront adds to the
 * cart and the price this shopper would pay: the trial's zero price, a tier price, or the base.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreListPlansParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const currencyCode = await currencyOf(req)
  const context = await shopperPricingContext(req.scope, req.auth_context?.actor_id)

  const { data: plans, metadata } = await query.graph({
    entity: "membership_plan",
    fields: [...req.queryConfig.fields, "product_variant.id", "product_variant.calculated_price.*"],
    filters: { status: "active" },
    pagination: req.queryConfig.pagination,
    context: { product_variant: { calculated_price: QueryContext({ currency_code: currencyCode, ...context }) } },
  })

  res.json({
    plans: plans.map(({ product_variant, ...plan }) => {
      const price = (product_variant as { calculated_price?: CalculatedPrice } | null)?.calculated_price
      return {
        ...plan,
        variant_id: (product_variant as { id?: string } | null)?.id ?? null,
        price: price?.calculated_amount == null
          ? null
          : {
              amount: price.calculated_amount,
              currency_code: price.currency_code,
              trial: TRIAL_ATTRIBUTE in context && price.calculated_amount === 0 && (plan as { trial_days: number }).trial_days > 0,
            },
      }
    }),
    ...pageOf(plans, metadata),
  })
}

async function currencyOf(req: AuthenticatedMedusaRequest<unknown, StoreListPlansParamsType>): Promise<string> {
  const { currency_code, region_id } = req.validatedQuery as StoreListPlansParamsType
  if (currency_code) {
    const currencies = await storeCurrencies(req.scope)
    if (!currencies.includes(currency_code)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `currency_code: the store does not sell in ${currency_code.toUpperCase()} (it sells in ${currencies.join(", ").toUpperCase()})`
      )
    }
    return currency_code
  }
  if (region_id) {
    const [region] = await req.scope.resolve(Modules.REGION).listRegions({ id: region_id }, { select: ["currency_code"] })
    if (!region) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${region_id} was not found`)
    }
    return region.currency_code
  }
  return (await storeDefaultCurrency(req.scope)) ?? "usd"
}
