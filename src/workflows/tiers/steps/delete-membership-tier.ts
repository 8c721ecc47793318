import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"

export const deleteMembershipTierStepId = "delete-membership-tier"

/** Soft-deletes a tier (its members are re-evaluated next); rollback restores it. */
export const deleteMembershipTierStep = createStep(
  deleteMembershipTierStepId,
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
