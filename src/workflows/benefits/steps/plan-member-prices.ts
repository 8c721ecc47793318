import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService, memberPriceChanges } from "../../../modules/membership"
import { plansByVariant } from "../../membership/queries/plans-by-variant"
import { storeCurrencies } from "../../common/queries/store-currencies"
import { VARIANT_PRICE_FIELDS, type VariantWithPrices } from "../utils/variant-prices"

export type MemberPriceInput = { variant_id: string; benefit_id: string; currency_code: string; amount: number | null }

export type SetMemberPricesInput = { product_id: string; prices: MemberPriceInput[] }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const planMemberPricesStepId = "plan-member-prices"

/**
 * Checks the rows against the catalogue (the product's variants, member_price benefits, the
 * store's currencies) and works out which stored member prices to remove and which to add.
 */
export const planMemberPricesStep = createStep(
  planMemberPricesStepId,
  async (input: SetMemberPricesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const benefitIds = [...new Set(input.prices.map((row) => row.benefit_id))]
    const [{ data: products }, benefits, currencies] = await Promise.all([
      query.graph({
        entity: "product",
        fields: ["id", ...VARIANT_PRICE_FIELDS.map((field) => `variants.${field}`), "variants.id"],
        filters: { id: input.product_id },
      }),
      benefitIds.length ? membership.listMembershipBenefits({ id: benefitIds }, { select: ["id", "type"] }) : [],
      storeCurrencies(container),
    ])
    const product = products[0] as { variants?: VariantWithPrices[] | null } | undefined
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    }
    const variants = new Map((product.variants ?? []).map((variant) => [variant.id, variant]))
    const foreign = [...new Set(input.prices.map((row) => row.variant_id).filter((id) => !variants.has(id)))]
    if (foreign.length) {
      throw invalid(`Not variants of product ${input.product_id}: ${foreign.join(", ")}`)
    }
    const types = new Map(benefits.map((benefit) => [benefit.id, benefit.type]))
    const unknown = benefitIds.filter((id) => !types.has(id))
    if (unknown.length) {
      throw invalid(`Unknown benefit ids: ${unknown.join(", ")}`)
    }
    const wrongType = benefitIds.filter((id) => types.get(id) !== "member_price")
    if (wrongType.length) {
      throw invalid(`Not member_price benefits: ${wrongType.join(", ")}`)
    }
    const foreignCurrencies = [...new Set(input.prices.map((row) => row.currency_code).filter((code) => !currencies.includes(code)))]
    if (foreignCurrencies.length) {
      throw invalid(`Not a currency of the store (${currencies.join(", ")}): ${foreignCurrencies.join(", ")}`)
    }
    if ((await plansByVariant(container, [...variants.keys()])).size) {
      throw invalid("A membership plan's product is priced by its plan (prices per tier); it takes no member prices")
    }
    const unpriced = [...new Set(input.prices.filter((row) => !variants.get(row.variant_id)?.price_set).map((row) => row.variant_id))]
    if (unpriced.length) {
      throw invalid(`Variants without prices (give them a regular price first): ${unpriced.join(", ")}`)
    }
    const existing = [...variants.values()].flatMap((variant) =>
      (variant.price_set?.prices ?? []).map((price) => ({ ...price, price_set_id: variant.price_set!.id }))
    )
    const changes = memberPriceChanges(
      input.prices.map((row) => ({ ...row, price_set_id: variants.get(row.variant_id)!.price_set!.id })),
      existing
    )
    return new StepResponse(changes)
  }
)
