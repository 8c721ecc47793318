import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, MEMBER_BENEFITS_ATTRIBUTE, memberPromotionCode, memberPromotionLabel, type MemberPromotionState, memberPromotionState, type PromotionBenefit } from "../../../modules/membership"
import { WITH_RULES, stateOf } from "../utils/benefit-promotion"
import { livePromotion } from "../queries/live-promotion"

const promotionModule = (container: MedusaContainer) => container.resolve<IPromotionModuleService>(Modules.PROMOTION)

const benefitPromotionLink = (benefitId: string, promotionId: string) => ({
  [MEMBERSHIP_MODULE]: { membership_benefit_id: benefitId },
  [Modules.PROMOTION]: { promotion_id: promotionId },
})

const sameRules = (a: MemberPromotionState["target_rules"], b: MemberPromotionState["target_rules"]) =>
  JSON.stringify(a.map((rule) => [rule.attribute, [...rule.values].sort()])) ===
  JSON.stringify(b.map((rule) => [rule.attribute, [...rule.values].sort()]))

/** Brings the promotion to `state`: status, percentage, and target rules (replaced when they differ). */
async function applyState(container: MedusaContainer, promotionId: string, state: MemberPromotionState) {
  const promotions = promotionModule(container)
  await promotions.updatePromotions([{ id: promotionId, status: state.status, application_method: { value: state.value } }])
  const [current] = await promotions.listPromotions({ id: promotionId }, WITH_RULES)
  const rules = current.application_method?.target_rules ?? []
  if (sameRules(stateOf(current).target_rules, state.target_rules)) {
    return
  }
  if (rules.length) {
    await promotions.removePromotionTargetRules(promotionId, rules.map((rule) => rule.id))
  }
  if (state.target_rules.length) {
    await promotions.addPromotionTargetRules(promotionId, state.target_rules)
  }
}

type SyncCompensation = { created: { benefitId: string; promotionId: string } } | { updated: { promotionId: string; previous: MemberPromotionState } }

export const syncBenefitPromotionStepId = "sync-benefit-promotion"

/**
 * Keeps a member_discount or free_shipping benefit's automatic promotion in step with the
 * benefit: creates and links it the first time, then updates its status (archived → inactive),
 * percentage and target rules. Other benefit types have no promotion. Rollback deletes what it
 * created, or writes the previous state back.
 */
export const syncBenefitPromotionStep = createStep(
  syncBenefitPromotionStepId,
  async (benefit: PromotionBenefit, { container }) => {
    const state = memberPromotionState(benefit)
    if (!state) {
      return new StepResponse(null)
    }
    const existing = await livePromotion(container, benefit.id)
    if (existing) {
      await applyState(container, existing.id, state)
      return new StepResponse({ id: existing.id }, { updated: { promotionId: existing.id, previous: existing.state } } as SyncCompensation)
    }
    const label = memberPromotionLabel(benefit.name)
    const promotion = await promotionModule(container).createPromotions({
      code: memberPromotionCode(benefit.id),
      type: "standard",
      is_automatic: true,
      status: state.status,
      metadata: { managed_by: "medusa-membership", membership_benefit_id: benefit.id, name: label },
      application_method: {
        type: "percentage",
        target_type: state.target_type,
        allocation: "across",
        value: state.value,
        target_rules: state.target_rules,
      },
      rules: [{ attribute: MEMBER_BENEFITS_ATTRIBUTE, operator: "in", values: [benefit.id], description: label }],
    })
    try {
      await container.resolve(ContainerRegistrationKeys.LINK).create(benefitPromotionLink(benefit.id, promotion.id))
    } catch (error) {
      await promotionModule(container).deletePromotions([promotion.id])
      throw error
    }
    return new StepResponse({ id: promotion.id }, { created: { benefitId: benefit.id, promotionId: promotion.id } } as SyncCompensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    if ("created" in compensation) {
      const { benefitId, promotionId } = compensation.created
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(benefitPromotionLink(benefitId, promotionId))
      await promotionModule(container).deletePromotions([promotionId])
      return
    }
    await applyState(container, compensation.updated.promotionId, compensation.updated.previous)
  }
)
