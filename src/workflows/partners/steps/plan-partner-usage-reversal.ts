import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import type { BenefitUsageReversal } from "../../benefits/utils/order-benefit-usage"

export const planPartnerUsageReversalStepId = "plan-partner-usage-reversal"

/** The reversal of a voided code's benefit usage (its whole value), if the claim recorded one. */
export const planPartnerUsageReversalStep = createStep(
  planPartnerUsageReversalStepId,
  async (input: { usage_key: string | null }, { container }) => {
    if (!input.usage_key) {
      return new StepResponse({ create: [], reverse: [] as BenefitUsageReversal[] })
    }
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const [usage] = await membership.listBenefitUsages({ idempotency_key: input.usage_key }, { select: ["id", "value", "reversed_value"] })
    const reverse: BenefitUsageReversal[] = usage
      ? [{ id: usage.id, reversed_value: Number(usage.value), previous: Number(usage.reversed_value) }]
      : []
    return new StepResponse({ create: [], reverse })
  }
)
