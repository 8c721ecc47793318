import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import type { PlanRow } from "../utils/plan-input"

export const updateMembershipPlanStepId = "update-membership-plan"

/** Updates a plan's own row; compensation writes the previous values back. */
export const updateMembershipPlanStep = createStep(
  updateMembershipPlanStepId,
  async (update: Partial<PlanRow> & { id: string }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const previous = await membership.retrieveMembershipPlan(update.id)
    const updated = await membership.updateMembershipPlans(update)
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(updated, { ...restore, id: update.id })
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    await membership.updateMembershipPlans(restore)
  }
)
