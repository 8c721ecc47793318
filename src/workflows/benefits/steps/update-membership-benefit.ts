import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { assertBenefitReferences } from "../queries/benefit-references"
import { assertBenefitWindowAndCost, BenefitFields, withCheckedConfig } from "../utils/benefit-fields"
import { valuesBefore } from "../../common/utils/values-before"

export const updateMembershipBenefitStepId = "update-membership-benefit"

/** Updates a benefit (its type stays); rollback writes the previous values back. */
export const updateMembershipBenefitStep = createStep(
  updateMembershipBenefitStepId,
  async (input: BenefitFields & { id: string }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const previous = await membership.retrieveMembershipBenefit(input.id)
    const { id, ...fields } = input
    const update = withCheckedConfig(previous.type, fields)
    await assertBenefitReferences(container, update)
    assertBenefitWindowAndCost({ ...(previous as unknown as BenefitFields), ...update })
    const benefit = await membership.updateMembershipBenefits({ id, ...update } as never)
    return new StepResponse(benefit, valuesBefore(previous, update, id))
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).updateMembershipBenefits(restore as never)
    }
  }
)
