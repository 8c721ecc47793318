import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"

export const failMembershipChargeStepId = "fail-membership-charge"

/** Marks a charge failed (a late failure reported by the provider); compensation restores it. */
export const failMembershipChargeStep = createStep(
  failMembershipChargeStepId,
  async (input: { charge_id: string; reason: string }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const previous = await membership.retrieveMembershipCharge(input.charge_id, { select: ["id", "status", "error"] })
    await membership.updateMembershipCharges({ id: input.charge_id, status: "failed", error: input.reason })
    return new StepResponse(undefined, { id: previous.id, status: previous.status, error: previous.error })
  },
  async (previous, { container }) => {
    if (previous) {
      const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
      await membership.updateMembershipCharges(previous)
    }
  }
)
