import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { commandForStripeEvent, type StripeEventInput } from "../utils/stripe-event-command"

export const resolveMembershipStripeEventStepId = "resolve-membership-stripe-event"

export const resolveMembershipStripeEventStep = createStep(
  resolveMembershipStripeEventStepId,
  async (input: { event: StripeEventInput; now: Date }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    return new StepResponse(await commandForStripeEvent(membership, input.event, new Date(input.now)))
  }
)
