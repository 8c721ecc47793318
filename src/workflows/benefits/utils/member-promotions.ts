import { MathBN, MedusaError } from "@medusajs/framework/utils"

export type BenefitPromotionLinkRow = { membership_benefit_id: string; promotion_id: string }

/**
 * The query entry point of `src/links/membership-benefit-promotion.ts` (its two aliases joined).
 * Named rather than read from the link definition, which Medusa only fills in when it loads the
 * link and which cannot be imported outside the app.
 */
export const BENEFIT_PROMOTION_LINK = "membership_benefit_promotion"

/** The fields read from the benefit–promotion link. */
export const BENEFIT_PROMOTION_LINK_FIELDS = ["membership_benefit_id", "promotion_id"]

export type CartForMemberPromotions = {
  currency_code: string
  customer_id?: string | null
  /** `has_account` when the cart was read with it (Medusa's refresh steps read `customer.*`). */
  customer?: { id?: string | null; has_account?: boolean | null } | null
  items?: ({ variant_id?: string | null; subtotal?: unknown } | null)[] | null
}

/**
 * A line's Medusa `subtotal`. Medusa computes it only when the cart is read with a cart-level
 * total field; a read without one returns no subtotal, and counting that as 0 would silently
 * take free shipping away from every order above its minimum, so it is an error instead.
 */
export function lineSubtotal(item: { subtotal?: unknown }): number {
  if (item.subtotal === undefined || item.subtotal === null) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The cart was read without its totals: ask for a cart-level total (e.g. `item_subtotal`) so Medusa computes the lines' subtotal."
    )
  }
  return MathBN.convert(item.subtotal as number).toNumber()
}
