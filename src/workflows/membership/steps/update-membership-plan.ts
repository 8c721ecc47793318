import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { restoringUpdateStep } from "../../common/steps/restoring-update-step"
import type { PlanRow } from "../utils/plan-input"

export const updateMembershipPlanStepId = "update-membership-plan"

/** Updates a plan's own row; compensation writes the previous values back. */
export const updateMembershipPlanStep = restoringUpdateStep(updateMembershipPlanStepId, MEMBERSHIP_MODULE, {
  before: (membership: MembershipModuleService, update: Partial<PlanRow> & { id: string }) => membership.retrieveMembershipPlan(update.id),
  save: (membership, values) => membership.updateMembershipPlans(values as Partial<PlanRow> & { id: string }),
})
