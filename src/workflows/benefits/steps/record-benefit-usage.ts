import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import type { BenefitUsageInput, BenefitUsageReversal } from "../utils/order-benefit-usage"

type Written = { created: string[]; reversed: { id: string; reversed_value: number }[] }

export const recordBenefitUsageStepId = "record-benefit-usage"

/**
 * Writes new benefit usage records and raises reversed values. The unique idempotency key
 * stops a second record of the same benefit on the same order; rollback deletes what was
 * created and restores what was reversed.
 */
export const recordBenefitUsageStep = createStep(
  recordBenefitUsageStepId,
  async (input: { create: BenefitUsageInput[]; reverse: BenefitUsageReversal[] }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const created = input.create.length ? await membership.createBenefitUsages(input.create as never[]) : []
    if (input.reverse.length) {
      await membership.updateBenefitUsages(input.reverse.map(({ id, reversed_value }) => ({ id, reversed_value })) as never[])
    }
    const written: Written = {
      created: (created as unknown as { id: string }[]).map((usage) => usage.id),
      reversed: input.reverse.map(({ id, previous }) => ({ id, reversed_value: previous })),
    }
    return new StepResponse({ created: written.created.length, reversed: written.reversed.length }, written)
  },
  async (written, { container }) => {
    if (!written) {
      return
    }
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    if (written.created.length) {
      await membership.deleteBenefitUsages(written.created)
    }
    if (written.reversed.length) {
      await membership.updateBenefitUsages(written.reversed as never[])
    }
  }
)
