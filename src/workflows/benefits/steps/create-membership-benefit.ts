import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type BenefitType, type MembershipModuleService } from "../../../modules/membership"
import { BenefitFields, checked } from "../utils/benefit-fields"

export const createMembershipBenefitStepId = "create-membership-benefit"

/** Creates a benefit after checking it; rollback deletes it. */
export const createMembershipBenefitStep = createStep(
  createMembershipBenefitStepId,
  async (input: BenefitFields & { name: string; type: BenefitType }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const fields = await checked(container, input.type, { config: {}, plan_ids: [], tier_ids: [], ...input })
    const benefit = await membership.createMembershipBenefits({ ...fields, type: input.type } as never)
    return new StepResponse(benefit, benefit.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).deleteMembershipBenefits(id)
    }
  }
)
