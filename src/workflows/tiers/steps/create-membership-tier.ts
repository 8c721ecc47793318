import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { GROUP_TIER_RANK_KEY } from "../utils/tier-rules"
import { TierFields, groupName, assertFitsLadder } from "../utils/tier-fields"

export const createMembershipTierStepId = "create-membership-tier"

/** Creates a tier and the customer group that mirrors it; rollback deletes both. */
export const createMembershipTierStep = createStep(
  createMembershipTierStepId,
  async (input: TierFields & { name: string; rank: number }, { container }) => {
    const tierModule: TierModuleService = container.resolve(TIER_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)
    await assertFitsLadder(tierModule, { rfm_min_spend: 0, threshold: 0, ...input })
    const group = await customers.createCustomerGroups({
      name: groupName(input.name),
      metadata: { [GROUP_TIER_RANK_KEY]: input.rank, membership_managed: true },
    })
    const tier = await tierModule.createMembershipTiers({ ...input, customer_group_id: group.id })
    return new StepResponse(tier, { tier_id: tier.id, group_id: group.id })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await container.resolve<TierModuleService>(TIER_MODULE).deleteMembershipTiers(created.tier_id)
    await container.resolve(Modules.CUSTOMER).deleteCustomerGroups(created.group_id)
  }
)
