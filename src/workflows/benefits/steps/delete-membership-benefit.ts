import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"

export const deleteMembershipBenefitStepId = "delete-membership-benefit"

/** Soft-deletes a benefit; rollback restores it. */
export const deleteMembershipBenefitStep = createStep(
  deleteMembershipBenefitStepId,
  async (id: string, { container }) => {
    await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).softDeleteMembershipBenefits([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).restoreMembershipBenefits([id])
    }
  }
)
