import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"

export const deleteMembershipPlanStepId = "delete-membership-plan"

/**
 * Deletes a plan nobody ever held; a plan with members (past or present) is refused, since its
 * history refers to it: archive it instead. Compensation restores it.
 */
export const deleteMembershipPlanStep = createStep(
  deleteMembershipPlanStepId,
  async (id: string, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const [held] = await membership.listMembershipPeriods({ plan_id: id }, { select: ["id"], take: 1, withDeleted: true })
    const [member] = await membership.listMemberships({ $or: [{ plan_id: id }, { next_plan_id: id }] }, { select: ["id"], take: 1, withDeleted: true })
    if (held || member) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This plan has been bought, so it cannot be deleted: archive it instead")
    }
    await membership.softDeleteMembershipPlans([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
      await membership.restoreMembershipPlans([id])
    }
  }
)
