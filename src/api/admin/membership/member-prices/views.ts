import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService, isRegularPrice, memberPriceBenefitId } from "../../../../modules/membership"
import { storeCurrencies } from "../../../../workflows/common/queries/store-currencies"
import { VARIANT_PRICE_FIELDS, type VariantWithPrices } from "../../../../workflows/benefits/utils/variant-prices"

type ProductVariant = VariantWithPrices & { title: string | null; sku: string | null; variant_rank?: number | null; created_at?: string }

/**
 * A product's member prices for the admin: the store's currencies, every member_price benefit
 * (archived ones too, so their prices stay visible), and per variant its regular prices (no
 * rules, no price list) and its member prices.
 */
export async function productMemberPrices(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [{ data: products }, currencies, benefits] = await Promise.all([
    query.graph({
      entity: "product",
      fields: [
        "id",
        ...["id", "title", "sku", "variant_rank", "created_at", ...VARIANT_PRICE_FIELDS].map((field) => `variants.${field}`),
      ],
      filters: { id: productId },
    }),
    storeCurrencies(container),
    membership.listMembershipBenefits({ type: "member_price" }, { order: { name: "ASC" } }),
  ])
  const product = products[0] as { id: string; variants?: ProductVariant[] | null } | undefined
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  }
  const variants = [...(product.variants ?? [])].sort(
    (a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || String(a.created_at).localeCompare(String(b.created_at))
  )
  return {
    product_id: product.id,
    currencies,
    benefits: benefits.map((benefit) => ({
      id: benefit.id,
      name: benefit.name,
      status: benefit.status,
      plan_ids: benefit.plan_ids as unknown as string[],
      tier_ids: benefit.tier_ids as unknown as string[],
    })),
    variants: variants.map((variant) => {
      const prices = variant.price_set?.prices ?? []
      return {
        id: variant.id,
        title: variant.title,
        sku: variant.sku,
        prices: prices
          .filter(isRegularPrice)
          .map((price) => ({ currency_code: price.currency_code ?? "", amount: Number(price.amount) }))
          .sort((a, b) => a.currency_code.localeCompare(b.currency_code)),
        member_prices: prices
          .flatMap((price) => {
            const benefitId = memberPriceBenefitId(price)
            return benefitId ? [{ benefit_id: benefitId, currency_code: price.currency_code ?? "", amount: Number(price.amount) }] : []
          })
          .sort((a, b) => a.benefit_id.localeCompare(b.benefit_id) || a.currency_code.localeCompare(b.currency_code)),
      }
    }),
  }
}
