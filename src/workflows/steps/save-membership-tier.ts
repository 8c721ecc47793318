import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import { GROUP_TIER_RANK_KEY } from "../utils/tier-rules"

export type TierFields = {
  name?: string
  rank?: number
  threshold?: number
  rfm_min_spend?: number
  rfm_min_orders?: number
  badge_label?: string | null
  badge_color?: string | null
  badge_icon?: string | null
  description?: string | null
}

const groupName = (tierName: string) => `Tier: ${tierName}`

type RankedTier = { id?: string; name: string; rank: number; threshold: number; rfm_min_spend: number }

/**
 * A tier's rank must be free, and a higher rank must not ask for less growth or spend than a
 * lower one: the highest tier a member qualifies for wins, so such a lower tier could never be
 * reached. (Order counts may fall with rank: "≥ 2000, any count" above "≥ 1000 and ≥ 10 orders".)
 */
async function assertFitsLadder(membership: MembershipModuleService, tier: RankedTier) {
  const others = (await membership.listMembershipTiers({}, { select: ["id", "name", "rank", "threshold", "rfm_min_spend"] })).filter(
    (other) => other.id !== tier.id
  )
  const taken = others.find((other) => other.rank === tier.rank)
  if (taken) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Rank ${tier.rank} is already used by the tier "${taken.name}"`)
  }
  for (const other of others) {
    const [lower, higher] = other.rank < tier.rank ? [other, tier] : [tier, other]
    if (higher.threshold < lower.threshold || higher.rfm_min_spend < lower.rfm_min_spend) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${higher.name}" ranks above "${lower.name}" and must not need less growth (threshold) or spend (rfm_min_spend)`
      )
    }
  }
}

/** Creates a tier and the customer group that mirrors it; rollback deletes both. */
export const createMembershipTierStep = createStep(
  "create-membership-tier",
  async (input: TierFields & { name: string; rank: number }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)
    await assertFitsLadder(membership, { rfm_min_spend: 0, threshold: 0, ...input })
    const group = await customers.createCustomerGroups({
      name: groupName(input.name),
      metadata: { [GROUP_TIER_RANK_KEY]: input.rank, membership_managed: true },
    })
    const tier = await membership.createMembershipTiers({ ...input, customer_group_id: group.id })
    return new StepResponse(tier, { tier_id: tier.id, group_id: group.id })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).deleteMembershipTiers(created.tier_id)
    await container.resolve(Modules.CUSTOMER).deleteCustomerGroups(created.group_id)
  }
)

/** Updates a tier and renames or re-ranks its group; rollback writes the previous values back. */
export const updateMembershipTierStep = createStep(
  "update-membership-tier",
  async (input: TierFields & { id: string }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)
    const previous = await membership.retrieveMembershipTier(input.id)
    await assertFitsLadder(membership, { ...previous, ...input })
    const tier = await membership.updateMembershipTiers(input)
    if (previous.customer_group_id) {
      await customers.updateCustomerGroups(previous.customer_group_id, {
        name: groupName(tier.name),
        metadata: { [GROUP_TIER_RANK_KEY]: tier.rank, membership_managed: true },
      })
    }
    const restore = Object.fromEntries(Object.keys(input).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(tier, { restore: { ...restore, id: input.id }, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).updateMembershipTiers(undo.restore)
    if (undo.previous.customer_group_id) {
      await container.resolve(Modules.CUSTOMER).updateCustomerGroups(undo.previous.customer_group_id, {
        name: groupName(undo.previous.name),
        metadata: { [GROUP_TIER_RANK_KEY]: undo.previous.rank, membership_managed: true },
      })
    }
  }
)

/** Soft-deletes a tier (its members are re-evaluated next); rollback restores it. */
export const deleteMembershipTierStep = createStep(
  "delete-membership-tier",
  async (id: string, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const tier = await membership.retrieveMembershipTier(id)
    await membership.softDeleteMembershipTiers([id])
    return new StepResponse(tier, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).restoreMembershipTiers([id])
    }
  }
)

/** Deletes the customer group of a deleted tier, once its members were moved out. */
export const deleteTierGroupStep = createStep("delete-tier-group", async (groupId: string | null, { container }) => {
  if (groupId) {
    await container.resolve(Modules.CUSTOMER).deleteCustomerGroups(groupId)
  }
  return new StepResponse(undefined)
})
