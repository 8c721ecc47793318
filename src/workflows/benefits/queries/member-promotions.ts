import type { MedusaContainer } from "@medusajs/framework/types"
import { freeShippingOffered, type MinimumSubtotal, PROMOTION_BENEFIT_TYPES } from "../../../modules/membership"
import { plansByVariant } from "../../membership/queries/plans-by-variant"
import { type CartForMemberPromotions, lineSubtotal } from "../utils/member-promotions"
import { shopperBenefits } from "./shopper-benefits"

/**
 * The member_discount and free_shipping benefits this cart's shopper is granted now (their
 * membership, a plan in this cart, their tier). Free shipping with minimums counts only in a
 * listed currency, from the minimum on, measured on the goods: the sum of the lines' Medusa
 * `subtotal` (unit price — already the member price — times quantity, before discounts and
 * excluding tax) over every line that is not a membership plan.
 */
export async function memberPromotionBenefitIds(container: MedusaContainer, cart: CartForMemberPromotions, readScope?: string): Promise<string[]> {
  const customerId = cart.customer_id ?? cart.customer?.id
  // Benefits are account holders': a guest's cart, or one whose customer is known to have none, gets none.
  if (!customerId || cart.customer?.has_account === false) {
    return []
  }
  const items = (cart.items ?? []).filter((item): item is NonNullable<typeof item> => Boolean(item))
  const variantIds = items.map((item) => item.variant_id)
  const benefits = await shopperBenefits(container, customerId, { cartVariantIds: variantIds, types: [...PROMOTION_BENEFIT_TYPES], readScope })
  if (!benefits.length) {
    return []
  }
  let goods: number | undefined
  const goodsSubtotal = async () => {
    if (goods === undefined) {
      const plans = await plansByVariant(container, variantIds, readScope)
      goods = items
        .filter((item) => !plans.has(item.variant_id ?? ""))
        .reduce((sum, item) => sum + lineSubtotal(item), 0)
    }
    return goods
  }
  const granted: string[] = []
  for (const benefit of benefits) {
    const minimums = benefit.config.min_subtotal as MinimumSubtotal[] | undefined
    if (benefit.type === "free_shipping" && minimums?.length && !freeShippingOffered(minimums, cart.currency_code, await goodsSubtotal())) {
      continue
    }
    granted.push(benefit.id)
  }
  return granted
}
