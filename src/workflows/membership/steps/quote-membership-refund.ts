import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteRefund } from "../queries/membership-refund"

export const quoteMembershipRefundStepId = "quote-membership-refund"

export const quoteMembershipRefundStep = createStep(
  quoteMembershipRefundStepId,
  async (input: { membership_id: string; now: Date; refund: boolean }, { container }) => {
    const quote = await quoteRefund(container, input.membership_id, new Date(input.now))
    return new StepResponse(input.refund ? quote : { ...quote, amount: 0, refunds: [] })
  }
)
