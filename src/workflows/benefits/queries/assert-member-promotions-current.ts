import type { MedusaContainer } from "@medusajs/framework/types"
import { assertNoStaleMemberPromotion, cartAdjustments, type CompletingCart } from "../utils/assert-member-promotions-current"
import { benefitIdsByPromotionId } from "./benefit-ids-by-promotion-id"
import { memberPromotionBenefitIds } from "./member-promotions"

/**
 * Completion does not recompute promotions, so a cart can still carry a member discount or
 * free shipping its shopper has lost since it was last updated (membership expired, tier
 * dropped, plan removed): refuse it with a 400 until the cart is updated.
 *
 * Takes the completion hook's own cart rather than reading the cart again: a `query.graph`
 * read of `items.subtotal` without a cart-level total returns no subtotal at all, which once
 * made every order above a free-shipping minimum look as if it had lost the benefit.
 */
export async function assertMemberPromotionsCurrent(container: MedusaContainer, cart: CompletingCart, readScope?: string) {
  const adjustments = cartAdjustments(cart)
  const managed = await benefitIdsByPromotionId(
    container,
    adjustments.map((adjustment) => adjustment.promotion_id ?? "")
  )
  if (!managed.size) {
    return
  }
  const granted = new Set(await memberPromotionBenefitIds(container, cart, readScope))
  assertNoStaleMemberPromotion(cart, adjustments, managed, granted)
}
