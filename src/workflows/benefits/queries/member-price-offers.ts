import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService, MEMBER_PRICE_ATTRIBUTE } from "../../../modules/membership"
import { planCandidates, variantPriceOffers } from "../utils/member-price-offers"
import type { ShopperBenefit } from "../utils/shopper-benefits"
import { shopperStanding } from "./shopper-standing"
import { shopperPricingContext } from "./shopper-pricing-context"
import type { VariantPriceOffer } from "../../../types/http"

type Shopper = { region_id: string; currency_code: string; customer_id?: string | null }

/**
 * Per variant, in the region: what the shopper pays now, the regular price (the same context
 * without membership), and each active plan whose member prices would beat the shopper's price,
 * with the saving ("join PLUS and save 12.00"). Guests see what joining alone would give.
 */
export async function memberPriceOffers(container: MedusaContainer, shopper: Shopper, variantIds: string[]): Promise<VariantPriceOffer[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const now = new Date()
  const customerId = shopper.customer_id
  const [{ data: variants }, standing, catalogue, plans, membershipContext, groups] = await Promise.all([
    query.graph({ entity: "product_variant", fields: ["id", "price_set.id"], filters: { id: variantIds } }),
    shopperStanding(container, customerId, [], now),
    membership.listMembershipBenefits({ status: "active", type: "member_price" }),
    membership.listMembershipPlans({ status: "active" }, { select: ["id", "name"], order: { name: "ASC" } }),
    shopperPricingContext(container, customerId),
    customerId
      ? container.resolve(Modules.CUSTOMER).listCustomerGroups({ customers: { id: customerId } } as never, { select: ["id"] })
      : [],
  ])
  const priceSetOf = new Map(
    (variants as { id: string; price_set?: { id: string } | null }[]).map((variant) => [variant.id, variant.price_set?.id])
  )
  const priceSetIds = [...priceSetOf.values()].filter((id): id is string => Boolean(id))
  const base = {
    currency_code: shopper.currency_code,
    region_id: shopper.region_id,
    // The shape Medusa's `/store/products` context has, so group price lists apply alike.
    ...(groups.length ? { customer: { groups: groups.map((group) => ({ id: group.id })) } } : {}),
  }
  const pricesIn = async (context: Record<string, unknown>) => {
    if (!priceSetIds.length) {
      return new Map<string, number>()
    }
    const calculated = await container.resolve(Modules.PRICING).calculatePrices({ id: priceSetIds }, { context: context as never })
    return new Map(
      calculated.filter((price) => price.calculated_amount != null).map((price) => [price.id, Number(price.calculated_amount)])
    )
  }

  const held = new Set((membershipContext[MEMBER_PRICE_ATTRIBUTE] as string[] | undefined) ?? [])
  const withoutMemberPrices = Object.fromEntries(Object.entries(membershipContext).filter(([key]) => key !== MEMBER_PRICE_ATTRIBUTE))
  const candidates = planCandidates(plans, standing, catalogue as unknown as ShopperBenefit[], held, now)
  const [current, regular, ...withPlan] = await Promise.all([
    pricesIn({ ...base, ...membershipContext }),
    pricesIn(base),
    ...candidates.map(({ benefitIds }) => pricesIn({ ...base, ...withoutMemberPrices, [MEMBER_PRICE_ATTRIBUTE]: benefitIds })),
  ])

  return variantPriceOffers(variantIds, priceSetOf, { current, regular, withPlan }, candidates, shopper.currency_code)
}
