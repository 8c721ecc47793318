import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { GROUP_TIER_RANK_KEY } from "../utils/tier-rules"
import { TierFields, groupName, assertFitsLadder } from "../utils/tier-fields"

export const updateMembershipTierStepId = "update-membership-tier"

/** Updates a tier and renames or re-ranks its group; rollback writes the previous values back. */
export const updateMembershipTierStep = createStep(
  updateMembershipTierStepId,
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
