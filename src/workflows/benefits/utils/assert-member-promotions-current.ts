import { MedusaError } from "@medusajs/framework/utils"
import type { CartForMemberPromotions } from "./member-promotions"

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

/** The adjustments of the cart's lines and shipping methods. */
export const cartAdjustments = (cart: CompletingCart): Adjustment[] => [
  ...(cart.items ?? []).flatMap((item) => item?.adjustments ?? []),
  ...(cart.shipping_methods ?? []).flatMap((method) => method?.adjustments ?? []),
]

/**
 * Refuses (400) a cart that still applies a managed promotion (`managed`: promotion id →
 * benefit id) whose benefit is not among those `granted` to its shopper now.
 */
export function assertNoStaleMemberPromotion(cart: CompletingCart, adjustments: Adjustment[], managed: Map<string, string>, granted: Set<string>) {
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
