import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"

/** Adds a refund to the period it was paid for, so it can never be refunded twice. */
export const recordPeriodRefundStep = createStep(
  "record-period-refund",
  async (input: { period_id: string; amount: number }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const period = await membership.retrieveMembershipPeriod(input.period_id)
    const refunded = MathBN.add(period.refunded_amount, input.amount)
    await membership.updateMembershipPeriods({ id: period.id, refunded_amount: refunded.toNumber() })
    return new StepResponse(undefined, { id: period.id, refunded_amount: Number(period.refunded_amount) })
  },
  async (previous, { container }) => {
    if (previous) {
      const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
      await membership.updateMembershipPeriods(previous)
    }
  }
)
