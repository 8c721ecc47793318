import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { CartForMemberPromotions } from "../benefits/utils/member-promotions"
import { memberPromotionBenefitIds } from "../benefits/queries/member-promotions"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof updateCartPromotionsWorkflow.hooks.setPromotionContext>

/**
 * Tells Medusa's promotion module which member_discount
 * and free_shipping benefits the cart's shopper is granted now, as `membership.benefit_ids`.
 * Each managed promotion has a rule on that attribute, so it applies exactly to those carts.
 * Medusa reaches this hook on every cart refresh (line items, cart update, login transfer,
 * shipping method) and on the promo-code routes, so member discounts follow eligibility.
 */
export const membershipUpdateCartPromotionsSetPromotionContext: HookHandlers[0] = async ({ cart }, { container, eventGroupId }) => {
  const benefitIds = await memberPromotionBenefitIds(container, cart as unknown as CartForMemberPromotions, eventGroupId)
  // No key rather than an empty list: Medusa's automatic-promotion prefilter turns an attribute
  // whose only values are an empty list into invalid SQL (`AND ()`) when no other attribute
  // adds a condition, and a missing attribute already rules out every managed promotion.
  return new StepResponse(benefitIds.length ? { membership: { benefit_ids: benefitIds } } : {})
}

if (!storeTakesHook("updateCartPromotions.setPromotionContext")) {
  updateCartPromotionsWorkflow.hooks.setPromotionContext(membershipUpdateCartPromotionsSetPromotionContext)
}
