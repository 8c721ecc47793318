import { grantedBenefits } from "../../../modules/membership"
import { roundMoney } from "../../../lib/money"
import type { VariantPriceOffer } from "../../../types/http"
import type { ShopperBenefit, ShopperStanding } from "./shopper-benefits"

type Plan = { id: string; name: string }

/** A plan offered to the shopper, with the member-price benefits they would hold with it. */
export type PlanCandidate = { plan: Plan; benefitIds: string[] }

/**
 * The active plans the shopper does not hold that would grant a member price they do not hold
 * (`held`), each with every member-price benefit they would hold with it.
 */
export function planCandidates(plans: Plan[], standing: ShopperStanding, catalogue: ShopperBenefit[], held: Set<string>, now: Date): PlanCandidate[] {
  return plans
    .filter((plan) => !standing.plan_ids.includes(plan.id))
    .map((plan) => ({
      plan,
      benefitIds: grantedBenefits(
        catalogue,
        { plan_ids: [...standing.plan_ids, plan.id], tier_rank: standing.tier_rank },
        standing.tier_ranks,
        now
      ).map((benefit) => benefit.id),
    }))
    .filter(({ benefitIds }) => benefitIds.some((id) => !held.has(id)))
}

/**
 * Per variant with a price set: the shopper's price (`current`), the regular price, and the
 * candidate plans whose price (`withPlan`, in the candidates' order) beats it, best saving first.
 * Prices are by price set id.
 */
export function variantPriceOffers(
  variantIds: string[],
  priceSetOf: Map<string, string | undefined>,
  prices: { current: Map<string, number>; regular: Map<string, number>; withPlan: Map<string, number>[] },
  candidates: PlanCandidate[],
  currencyCode: string
): VariantPriceOffer[] {
  return variantIds
    .filter((id) => priceSetOf.has(id))
    .map((variantId) => {
      const priceSetId = priceSetOf.get(variantId) ?? ""
      const price = prices.current.get(priceSetId) ?? null
      const offers = candidates.flatMap(({ plan }, index) => {
        const planPrice = prices.withPlan[index].get(priceSetId)
        return price !== null && planPrice !== undefined && planPrice < price
          ? [{ plan_id: plan.id, plan_name: plan.name, price: planPrice, saving: roundMoney(price - planPrice, currencyCode) }]
          : []
      })
      return {
        variant_id: variantId,
        price,
        regular_price: prices.regular.get(priceSetId) ?? null,
        plans: offers.sort((a, b) => b.saving - a.saving),
      }
    })
}
