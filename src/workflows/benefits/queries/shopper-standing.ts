import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { readOnceInScope } from "../../common/queries/read-once-in-scope"
import { plansByVariant } from "../../membership/queries/plans-by-variant"
import type { ShopperStanding } from "../utils/shopper-benefits"

/** The part of a standing that does not depend on the cart, as it survives JSON. */
type CustomerStanding = { has_account: boolean; member_plan_ids: string[]; tier_rank: number; tier_ranks: [string, number][] }

/**
 * What entitles a customer to benefits at `now`: the plan of their live membership, the plans
 * they are buying in this cart ("join and save now"), and their tier's rank. Guests and
 * customers without an account stand nowhere. Reads with the same `readScope` (one cart
 * change, see `readOnceInScope`) read the customer once.
 */
export async function shopperStanding(
  container: MedusaContainer,
  customerId: string | null | undefined,
  cartVariantIds: (string | null | undefined)[] = [],
  now = new Date(),
  readScope?: string
): Promise<ShopperStanding> {
  const customer = await readOnceInScope(container, readScope, `standing:${customerId ?? ""}`, () => customerStanding(container, customerId, now))
  const tierRanks = new Map(customer.tier_ranks)
  if (!customer.has_account) {
    return { has_account: false, plan_ids: [], tier_rank: 0, tier_ranks: tierRanks }
  }
  const cartPlans = await plansByVariant(container, cartVariantIds, readScope)
  const planIds = new Set([...customer.member_plan_ids, ...[...cartPlans.values()].map((plan) => plan.id)])
  return { has_account: true, plan_ids: [...planIds], tier_rank: customer.tier_rank, tier_ranks: tierRanks }
}

async function customerStanding(container: MedusaContainer, customerId: string | null | undefined, now: Date): Promise<CustomerStanding> {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Whether there is an account first: most carts are guests', and they need nothing else.
  const [tiers, customers] = await Promise.all([
    tierModule.listTiersByRank(),
    customerId ? query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: customerId } }).then(({ data }) => data) : [],
  ])
  const tierRanks = tiers.map((tier) => [tier.id, tier.rank] as [string, number])
  if (!customerId || !(customers[0] as { has_account?: boolean } | undefined)?.has_account) {
    return { has_account: false, member_plan_ids: [], tier_rank: 0, tier_ranks: tierRanks }
  }
  const [memberships, [standing]] = await Promise.all([
    membership.grantingMemberships(customerId, now),
    tierModule.listCustomerTiers({ customer_id: customerId }, { select: ["tier_id"], take: 1 }),
  ])
  const tierRank = tierRanks.find(([id]) => id === standing?.tier_id)?.[1] ?? 0
  return { has_account: true, member_plan_ids: memberships.map((row) => row.plan_id), tier_rank: tierRank, tier_ranks: tierRanks }
}
