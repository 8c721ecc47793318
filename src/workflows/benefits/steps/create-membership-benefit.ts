import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type BenefitType, type MembershipModuleService } from "../../../modules/membership"
import { assertBenefitReferences } from "../queries/benefit-references"
import { assertBenefitWindowAndCost, BenefitFields, withCheckedConfig } from "../utils/benefit-fields"

export const createMembershipBenefitStepId = "create-membership-benefit"

/** Creates a benefit after checking it; rollback deletes it. */
export const createMembershipBenefitStep = createStep(
  createMembershipBenefitStepId,
  async (input: BenefitFields & { name: string; type: BenefitType }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const fields = withCheckedConfig(input.type, { config: {}, plan_ids: [], tier_ids: [], ...input })
    await assertBenefitReferences(container, fields)
    assertBenefitWindowAndCost(fields)
    const benefit = await membership.createMembershipBenefits({ ...fields, type: input.type } as never)
    return new StepResponse(benefit, benefit.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).deleteMembershipBenefits(id)
    }
  }
)
