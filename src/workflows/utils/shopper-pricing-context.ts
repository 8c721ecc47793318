import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import { TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE, TRIAL_ELIGIBLE } from "../../modules/membership/utils/plan-prices"

/**
 * The pricing-context attributes that select a shopper's plan prices: the rank of their tier
 * (read from the plugin's own tier table, not from groups a merchant may edit) and, for a
 * customer who has never held a membership, trial eligibility. Empty for guests.
 */
export async function shopperPricingContext(
  container: MedusaContainer,
  customerId: string | null | undefined
): Promise<Record<string, string | number>> {
  if (!customerId) {
    return {}
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [{ data: customers }, held, [standing]] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: customerId } }),
    membership.listMemberships({ customer_id: customerId }, { select: ["id"], take: 1, withDeleted: true }),
    membership.listCustomerTiers({ customer_id: customerId }, { select: ["tier_id"], take: 1 }),
  ])
  if (!(customers[0] as { has_account?: boolean } | undefined)?.has_account) {
    return {}
  }
  const context: Record<string, string | number> = {}
  const [tier] = standing?.tier_id ? await membership.listMembershipTiers({ id: standing.tier_id }, { select: ["rank"] }) : []
  if (tier) {
    context[TIER_RANK_ATTRIBUTE] = tier.rank
  }
  if (!held.length) {
    context[TRIAL_ATTRIBUTE] = TRIAL_ELIGIBLE
  }
  return context
}
