import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import type { PartnerAnswer, VoidPartnerCodeInput } from "../../modules/partner/types"
import { partnerConfigOf } from "../utils/partner-benefits"
import type { BenefitUsageReversal } from "../utils/order-benefit-usage"

type CodeRef = { partner_id: string; code: string; now: Date }

/** How long after redemption the partner may void this code: its benefit's `void_window_hours` (0 for an unknown code). */
export const loadPartnerVoidWindowStep = createStep("load-partner-void-window", async (input: CodeRef, { container }) => {
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  // Workflow inputs travel serialized: a Date arrives as a string.
  const code = await partners.partnerCodeLookup(input.partner_id, input.code, new Date(input.now))
  if (!code) {
    return new StepResponse(0)
  }
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [benefit] = await membership.listMembershipBenefits({ id: code.benefit_id }, { select: ["id", "config"], withDeleted: true })
  return new StepResponse(benefit ? partnerConfigOf(benefit).void_window_hours : 0)
})

type Voided = { code_id: string; partner_id: string; code: string; idempotency_key: string | null }

/** Voids the code (or answers why not, or replays the key's answer); rollback makes it redeemed again. */
export const voidPartnerCodeStep = createStep(
  "void-partner-code",
  async (input: VoidPartnerCodeInput & { now: Date }, { container }) => {
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    const result = await partners.voidPartnerCode({ ...input, now: new Date(input.now) })
    const answer: PartnerAnswer = { status: result.status, body: result.body }
    const voided: Voided | null = result.voided
      ? { code_id: result.voided.code_id, partner_id: input.partner_id, code: input.code, idempotency_key: input.idempotency_key ?? null }
      : null
    return new StepResponse({ answer, voided_code_id: voided?.code_id ?? null }, voided)
  },
  async (voided, { container }) => {
    if (voided) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).restoreVoidedPartnerCode(voided)
    }
  }
)

/** The reversal of a voided code's benefit usage (its whole value), if the claim recorded one. */
export const planPartnerUsageReversalStep = createStep(
  "plan-partner-usage-reversal",
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
