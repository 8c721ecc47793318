import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { benefitIdsByPromotionId, type CartForMemberPromotions, memberPromotionBenefitIds } from "./member-promotions"

type Adjustment = { promotion_id?: string | null; code?: string | null }
type CartAdjustments = Omit<CartForMemberPromotions, "items"> & {
  items?: ({ variant_id?: string | null; subtotal?: unknown; adjustments?: Adjustment[] | null } | null)[] | null
  shipping_methods?: ({ adjustments?: Adjustment[] | null } | null)[] | null
}

/**
 * Completion does not recompute promotions, so a cart can still carry a member discount or
 * free shipping its shopper has lost since it was last updated (membership expired, tier
 * dropped, plan removed): refuse it with a 400 until the cart is updated.
 */
export async function assertMemberPromotionsCurrent(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "customer_id",
      "items.variant_id",
      "items.subtotal",
      "items.adjustments.promotion_id",
      "items.adjustments.code",
      "shipping_methods.adjustments.promotion_id",
      "shipping_methods.adjustments.code",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as CartAdjustments | undefined
  if (!cart) {
    return
  }
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
      `The cart still applies the member benefit ${stale.code}, which the shopper is no longer granted (membership expired, tier changed or plan removed). Update the cart (POST /store/carts/${cartId}) to recompute its discounts, then complete it.`
    )
  }
}
