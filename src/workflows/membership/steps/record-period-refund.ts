import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"

export const recordPeriodRefundStepId = "record-period-refund"

/** Adds refunds to the periods they were paid for, so none can be refunded twice. */
export const recordPeriodRefundStep = createStep(
  recordPeriodRefundStepId,
  async (refunds: { period_id: string; amount: number }[], { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const periods = await membership.listMembershipPeriods({ id: refunds.map((refund) => refund.period_id) })
    await membership.updateMembershipPeriods(
      refunds.map((refund) => {
        const period = periods.find((candidate) => candidate.id === refund.period_id)!
        return { id: period.id, refunded_amount: MathBN.add(period.refunded_amount, refund.amount).toNumber() }
      })
    )
    return new StepResponse(
      undefined,
      periods.map((period) => ({ id: period.id, refunded_amount: Number(period.refunded_amount) }))
    )
  },
  async (previous, { container }) => {
    if (previous?.length) {
      const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
      await membership.updateMembershipPeriods(previous)
    }
  }
)
