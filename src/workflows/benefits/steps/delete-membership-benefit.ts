import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { softDeleteStep } from "../../common/steps/soft-delete-step"

export const deleteMembershipBenefitStepId = "delete-membership-benefit"

/** Soft-deletes a benefit; rollback restores it. */
export const deleteMembershipBenefitStep = softDeleteStep<MembershipModuleService>(deleteMembershipBenefitStepId, MEMBERSHIP_MODULE, {
  remove: (membership, ids) => membership.softDeleteMembershipBenefits(ids),
  restore: (membership, ids) => membership.restoreMembershipBenefits(ids),
})
