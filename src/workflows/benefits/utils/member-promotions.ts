import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  freeShippingOffered,
  type MinimumSubtotal,
  PROMOTION_BENEFIT_TYPES,
} from "../../../modules/membership"
import { plansByVariant } from "../../membership/queries/plans-by-variant"
import { shopperBenefits } from "./shopper-benefits"

type LinkRow = { membership_benefit_id: string; promotion_id: string }

/**
 * The query entry point of `src/links/membership-benefit-promotion.ts` (its two aliases joined).
 * Named rather than read from the link definition, which Medusa only fills in when it loads the
 * link and which cannot be imported outside the app.
 */
const BENEFIT_PROMOTION_LINK = "membership_benefit_promotion"

async function linkRows(container: MedusaContainer, filters: Partial<Record<keyof LinkRow, string[]>>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: BENEFIT_PROMOTION_LINK,
    fields: ["membership_benefit_id", "promotion_id"],
    filters,
  })
  return data as LinkRow[]
}

/**
 * The benefit behind each managed promotion among `promotionIds` (promotion id → benefit id);
 * promotions the plugin does not manage are absent. Works for deleted benefits and promotions
 * too, so adjustments on past orders (`promotion_id`) can be attributed.
 */
export async function benefitIdsByPromotionId(container: MedusaContainer, promotionIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(promotionIds.filter(Boolean))]
  if (!ids.length) {
    return new Map()
  }
  const rows = await linkRows(container, { promotion_id: ids })
  return new Map(rows.map((row) => [row.promotion_id, row.membership_benefit_id]))
}

/** Every promotion ever linked to a benefit, deleted ones included. */
export async function linkedPromotionIds(container: MedusaContainer, benefitId: string): Promise<string[]> {
  return (await linkRows(container, { membership_benefit_id: [benefitId] })).map((row) => row.promotion_id)
}

export type CartForMemberPromotions = {
  currency_code: string
  customer_id?: string | null
  customer?: { id?: string | null } | null
  items?: ({ variant_id?: string | null; subtotal?: unknown } | null)[] | null
}

/**
 * A line's Medusa `subtotal`. Medusa computes it only when the cart is read with a cart-level
 * total field; a read without one returns no subtotal, and counting that as 0 would silently
 * take free shipping away from every order above its minimum, so it is an error instead.
 */
function lineSubtotal(item: { subtotal?: unknown }): number {
  if (item.subtotal === undefined || item.subtotal === null) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The cart was read without its totals: ask for a cart-level total (e.g. `item_subtotal`) so Medusa computes the lines' subtotal."
    )
  }
  return MathBN.convert(item.subtotal as number).toNumber()
}

/**
 * The member_discount and free_shipping benefits this cart's shopper is granted now (their
 * membership, a plan in this cart, their tier). Free shipping with minimums counts only in a
 * listed currency, from the minimum on, measured on the goods: the sum of the lines' Medusa
 * `subtotal` (unit price — already the member price — times quantity, before discounts and
 * excluding tax) over every line that is not a membership plan.
 */
export async function memberPromotionBenefitIds(container: MedusaContainer, cart: CartForMemberPromotions): Promise<string[]> {
  const customerId = cart.customer_id ?? cart.customer?.id
  if (!customerId) {
    return []
  }
  const items = (cart.items ?? []).filter((item): item is NonNullable<typeof item> => Boolean(item))
  const variantIds = items.map((item) => item.variant_id)
  const benefits = await shopperBenefits(container, customerId, { cartVariantIds: variantIds, types: [...PROMOTION_BENEFIT_TYPES] })
  if (!benefits.length) {
    return []
  }
  let goods: number | undefined
  const goodsSubtotal = async () => {
    if (goods === undefined) {
      const plans = await plansByVariant(container, variantIds)
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
