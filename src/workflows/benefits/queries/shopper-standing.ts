import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { plansByVariant } from "../../membership/queries/plans-by-variant"
import type { ShopperStanding } from "../utils/shopper-benefits"

/**
 * What entitles a customer to benefits at `now`: the plan of their live membership, the plans
 * they are buying in this cart ("join and save now"), and their tier's rank. Guests and
 * customers without an account stand nowhere.
 */
export async function shopperStanding(
  container: MedusaContainer,
  customerId: string | null | undefined,
  cartVariantIds: (string | null | undefined)[] = [],
  now = new Date()
): Promise<ShopperStanding> {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Whether there is an account first: most carts are guests', and they need nothing else.
  const [tiers, customers] = await Promise.all([
    tierModule.listTiersByRank(),
    customerId ? query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: customerId } }).then(({ data }) => data) : [],
  ])
  const tierRanks = new Map(tiers.map((tier) => [tier.id, tier.rank]))
  if (!customerId || !(customers[0] as { has_account?: boolean } | undefined)?.has_account) {
    return { has_account: false, plan_ids: [], tier_rank: 0, tier_ranks: tierRanks }
  }
  const [memberPlanIds, [standing], cartPlans] = await Promise.all([
    membership.grantingMemberships(customerId, now),
    tierModule.listCustomerTiers({ customer_id: customerId }, { select: ["tier_id"], take: 1 }),
    plansByVariant(container, cartVariantIds),
  ])
  const planIds = new Set([...memberPlanIds.map((row) => row.plan_id), ...[...cartPlans.values()].map((plan) => plan.id)])
  return { has_account: true, plan_ids: [...planIds], tier_rank: tierRanks.get(standing?.tier_id ?? "") ?? 0, tier_ranks: tierRanks }
}
