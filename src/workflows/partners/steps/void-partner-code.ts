import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE, type PartnerModuleService, type PartnerResult, type VoidPartnerCodeInput } from "../../../modules/partner"

type Voided = { code_id: string; partner_id: string; code: string; idempotency_key: string | null }

export const voidPartnerCodeStepId = "void-partner-code"

/** Voids the code (or tells why not, or replays the key's stored result); rollback makes it redeemed again. */
export const voidPartnerCodeStep = createStep(
  voidPartnerCodeStepId,
  async (input: VoidPartnerCodeInput & { now: Date }, { container }) => {
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    const result = await partners.voidPartnerCode({ ...input, now: new Date(input.now) })
    const outcome: PartnerResult = { outcome: result.outcome, body: result.body }
    const voided: Voided | null = result.voided
      ? { code_id: result.voided.code_id, partner_id: input.partner_id, code: input.code, idempotency_key: input.idempotency_key ?? null }
      : null
    return new StepResponse({ result: outcome, voided_code_id: voided?.code_id ?? null }, voided)
  },
  async (voided, { container }) => {
    if (voided) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).restoreVoidedPartnerCode(voided)
    }
  }
)
