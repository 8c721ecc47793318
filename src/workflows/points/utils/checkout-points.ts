import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { POINTS_MODULE } from "../../../modules/points"
import { cartLineRedemptionKey, cartRedemptionKeyPattern, type MallRedeemInput } from "../../../modules/points"
import type { PointsModuleService } from "../../../modules/points"
import type { CartRow } from "./cart-points"
import { type CartMallLine, cartMallLines, mallPointsOf } from "../../points-mall/utils/cart-mall-lines"
import { mallShopperTiers } from "../../points-mall/utils/points-mall-shopper"
import { type CartPointsSpend, planCartPointsSpend, undoCartPointsSpend } from "./spend-cart-points"

/** What a completion took, for the complete workflow's hook to give back if completion fails after it. */
export type CheckoutPointsSpend = { cart_points: CartPointsSpend | null; redemption_ids: string[] }

type CompletingCart = CartRow & { items?: Parameters<typeof cartMallLines>[0] }

/** The redemptions of a cart's mall line so far: one that stands paid it already; the count numbers the next key. */
async function lineRedemptions(points: PointsModuleService, customerId: string, cartId: string, lineId: string) {
  const redemptions = await points.listPointsRedemptions(
    { customer_id: customerId, idempotency_key: { $like: cartRedemptionKeyPattern(cartId, lineId) } },
    { select: ["id", "status"] }
  )
  return { standing: redemptions.some((redemption) => redemption.status === "completed"), count: redemptions.length }
}

async function planMallRedemptions(container: MedusaContainer, cart: CompletingCart, lines: CartMallLine[], customerId: string) {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const tierIds = await mallShopperTiers(container, customerId)
  const now = new Date()
  const planned: MallRedeemInput[] = []
  for (const line of lines) {
    const { standing, count } = await lineRedemptions(points, customerId, cart.id, line.id)
    if (!standing) {
      planned.push({
        item_id: line.item_id,
        customer_id: customerId,
        idempotency_key: cartLineRedemptionKey(cart.id, line.id, count + 1),
        tier_ids: tierIds,
        now,
        cart_line: { variant_id: line.variant_id, quantity: line.quantity, unit_price: line.unit_price, currency_code: cart.currency_code, points_price: line.points_price },
      })
    }
  }
  return planned
}

/**
 * At completion, after every other check: takes what the cart is paid with in points — the
 * points applied to its total (see `planCartPointsSpend`) and each points mall line (redeemed
 * with `redeemMallItem` under `cart:{cart}:line:{line}`: the item re-checked, its points and one
 * of its stock taken, a redemption recorded) — in one transaction under the shopper's account
 * lock, so the balance covers all of it or nothing is taken (a 400). Answers what to give back
 * if the completion fails later, or null when nothing was taken.
 */
export async function spendCheckoutPoints(container: MedusaContainer, cart: CompletingCart): Promise<CheckoutPointsSpend | null> {
  const spend = await planCartPointsSpend(container, cart)
  const lines = cart.completed_at ? [] : cartMallLines(cart.items)
  const customerId = cart.customer_id ?? cart.customer?.id ?? null
  if (lines.length && !customerId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Points mall items need a signed-in customer: remove them from the cart.")
  }
  const redemptions = lines.length ? await planMallRedemptions(container, cart, lines, customerId!) : []
  if (!spend && !redemptions.length) {
    return null
  }
  const service: PointsModuleService = container.resolve(POINTS_MODULE)
  try {
    const taken = await service.spendAtCheckout({ spend, redemptions })
    return {
      cart_points: taken.spend
        ? {
            customer_id: taken.spend.customer_id,
            cart_id: cart.id,
            idempotency_key: taken.spend.idempotency_key,
            points: -taken.spend.amount,
            lots: taken.spend.lots,
          }
        : null,
      redemption_ids: taken.redemptions.map((redemption) => redemption.id),
    }
  } catch (error) {
    if (!MedusaError.isMedusaError(error)) {
      throw error
    }
    const { type, message } = error as MedusaError
    if (type === MedusaError.Types.NOT_ALLOWED && message.startsWith("Not enough points")) {
      const owner = (spend?.customer_id ?? customerId)!
      const { available } = await service.pointsBalances(owner)
      const applied = spend ? -spend.amount : 0
      const mall = mallPointsOf(lines)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        mall
          ? `Your points no longer cover this cart: ${applied + mall} points needed (${applied} applied to the total, ${mall} for points mall items), ${available} available. Remove the points or items, or apply fewer points, then complete the cart again.`
          : `Your points no longer cover this cart: ${applied} points applied, ${available} available. Remove the points or apply fewer, then complete the cart again.`
      )
    }
    if (type === MedusaError.Types.NOT_ALLOWED || type === MedusaError.Types.NOT_FOUND) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A points mall item in this cart cannot be bought: ${message}.`)
    }
    throw error
  }
}

/** Gives back what a completion took (the completion failed after it): the cart's points debit and its mall redemptions. */
export async function undoCheckoutPointsSpend(container: MedusaContainer, spent: CheckoutPointsSpend) {
  if (spent.cart_points) {
    await undoCartPointsSpend(container, spent.cart_points)
  }
  const service: PointsModuleService = container.resolve(POINTS_MODULE)
  for (const id of spent.redemption_ids) {
    await service.cancelMallRedemption(id)
  }
}
