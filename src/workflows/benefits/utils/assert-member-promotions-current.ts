import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { benefitIdsByPromotionId, type CartForMemberPromotions, memberPromotionBenefitIds } from "./member-promotions"

type Adjustment = { promotion_id?: string | null; code?: string | null }

/**
 * The completing cart as `completeCartWorkflow` hands it to its hooks: read with Medusa's
 * `completeCartFields`, which ask for the cart's totals, so the lines' `subtotal` is computed.
 */
export type CompletingCart = Omit<CartForMemberPromotions, "items"> & {
  id: string
  items?: ({ variant_id?: string | null; subtotal?: unknown; adjustments?: Adjustment[] | null } | null)[] | null
  shipping_methods?: ({ adjustments?: Adjustment[] | null } | null)[] | null
}

/**
 * Completion does not recompute promotions, so a cart can still carry a member discount or
 * free shipping its shopper has lost since it was last updated (membership expired, tier
 * dropped, plan removed): refuse it with a 400 until the cart is updated.
 *
 * Takes the completion hook's own cart rather than reading the cart again: a `query.graph`
 * read of `items.subtotal` without a cart-level total returns no subtotal at all, which once
 * made every order above a free-shipping minimum look as if it had lost the benefit.
 */
export async function assertMemberPromotionsCurrent(container: MedusaContainer, cart: CompletingCart) {
  const adjustments = [
    ...(cart.items ?? []).flatMap((item) => item?.adjustments ?? []),
    ...(cart.shipping_methods ?? []).flatMap((method) => method?.adjustments ?? []),
  ]
  const managed = await benefitIdsByPromotionId(
    container,
    adjustments.map((adjustment) => adjustment.promotion_id ?? "")
  )
  if (!managed.size) {
    return
  }
  const granted = new Set(await memberPromotionBenefitIds(container, cart))
  const stale = adjustments.find((adjustment) => {
    const benefitId = managed.get(adjustment.promotion_id ?? "")
    return benefitId && !granted.has(benefitId)
  })
  if (stale) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The cart still applies the member benefit ${stale.code}, which the shopper is no longer granted (membership expired, tier changed or plan removed). Update the cart (POST /store/carts/${cart.id}) to recompute its discounts, then complete it.`
    )
  }
}
