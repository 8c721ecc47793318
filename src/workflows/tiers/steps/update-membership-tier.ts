import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { GROUP_TIER_RANK_KEY } from "../utils/tier-rules"
import { TierFields, groupName, assertFitsLadder } from "../utils/tier-fields"
import { valuesBefore } from "../../common/utils/values-before"

export const updateMembershipTierStepId = "update-membership-tier"

/** Updates a tier and renames or re-ranks its group; rollback writes the previous values back. */
export const updateMembershipTierStep = createStep(
  updateMembershipTierStepId,
  async (input: TierFields & { id: string }, { container }) => {
    const tierModule: TierModuleService = container.resolve(TIER_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)
    const previous = await tierModule.retrieveMembershipTier(input.id)
    await assertFitsLadder(tierModule, { ...previous, ...input })
    const tier = await tierModule.updateMembershipTiers(input)
    if (previous.customer_group_id) {
      await customers.updateCustomerGroups(previous.customer_group_id, {
        name: groupName(tier.name),
        metadata: { [GROUP_TIER_RANK_KEY]: tier.rank, membership_managed: true },
      })
    }
    return new StepResponse(tier, { restore: valuesBefore(previous, input, input.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await container.resolve<TierModuleService>(TIER_MODULE).updateMembershipTiers(undo.restore)
    if (undo.previous.customer_group_id) {
      await container.resolve(Modules.CUSTOMER).updateCustomerGroups(undo.previous.customer_group_id, {
        name: groupName(undo.previous.name),
        metadata: { [GROUP_TIER_RANK_KEY]: undo.previous.rank, membership_managed: true },
      })
    }
  }
)
