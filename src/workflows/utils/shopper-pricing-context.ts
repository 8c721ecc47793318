import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import { TIER_RANK_ATTRIBUTE, TRIAL_ATTRIBUTE, TRIAL_ELIGIBLE } from "../../modules/membership/utils/plan-prices"

/** Customer group metadata key holding the rank of the member tier the group stands for. */
export const GROUP_TIER_RANK_KEY = "membership_tier_rank"

/**
 * The pricing-context attributes that select a shopper's plan prices: their tier rank (the
 * highest rank among their customer groups that stand for a tier) and, for a customer who has
 * never held a membership, trial eligibility. Empty for guests.
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
  const [{ data: customers }, held] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id", "has_account", "groups.metadata"], filters: { id: customerId } }),
    membership.listMemberships({ customer_id: customerId }, { select: ["id"], take: 1, withDeleted: true }),
  ])
  const customer = customers[0] as { has_account?: boolean; groups?: { metadata?: Record<string, unknown> | null }[] } | undefined
  if (!customer?.has_account) {
    return {}
  }
  const context: Record<string, string | number> = {}
  const ranks = (customer.groups ?? [])
    .map((group) => Number(group.metadata?.[GROUP_TIER_RANK_KEY]))
    .filter((rank) => Number.isInteger(rank) && rank > 0)
  if (ranks.length) {
    context[TIER_RANK_ATTRIBUTE] = Math.max(...ranks)
  }
  if (!held.length) {
    context[TRIAL_ATTRIBUTE] = TRIAL_ELIGIBLE
  }
  return context
}
