import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import type { PlanRow } from "../utils/plan-input"

export const createMembershipPlansStepId = "create-membership-plans"

export const createMembershipPlansStep = createStep(
  createMembershipPlansStepId,
  async (plans: PlanRow[], { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const created = await membership.createMembershipPlans(plans)
    return new StepResponse(
      created,
      created.map((plan) => plan.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    await membership.deleteMembershipPlans(createdIds)
  }
)
