import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, CART_REDEMPTION_KEY_PREFIX, cartRedemptionKeyPattern, cartRedemptionKeyPrefix, type MallRedemptionRow, type PointsModuleService } from "../../../modules/points"
import { cartOfOrder } from "../../common/queries/cart-of-order"

export const cancelOrderMallRedemptionsStepId = "cancel-order-mall-redemptions"

type OrderRow = { id: string; status: string; customer_id: string | null; metadata?: Record<string, unknown> | null }

/**
 * Whether the redemption the order's metadata names was the one that placed it: shoppers set a
 * cart's metadata, which becomes its order's, so the name alone proves nothing. A direct
 * redemption of a variant item by the order's customer, its order not recorded yet, is.
 */
async function placedOrder(points: PointsModuleService, redemption: MallRedemptionRow, order: OrderRow) {
  if (redemption.order_id || redemption.customer_id !== order.customer_id || redemption.idempotency_key.startsWith(CART_REDEMPTION_KEY_PREFIX)) {
    return false
  }
  const [item] = await points.listPointsMallItems({ id: redemption.item_id }, { select: ["kind"], withDeleted: true })
  return item?.kind === "variant"
}

/**
 * Cancels the mall redemptions a canceled order carried: the one a direct redemption placed the
 * order for (order metadata `points_redemption_id`, set before the redemption records the order)
 * and those bought through the order's cart (redemption `order_id`, or — until checkout's
 * follow-up records the order on them — the completed redemptions keyed by the cart). Each
 * gives its points back into the lots they came from and its stock back; `cancelMallRedemption`
 * does nothing for a redemption already canceled, so a redelivered event changes nothing. The
 * last step of its workflow: a cancellation is never taken back. Answers the ids it canceled.
 */
export const cancelOrderMallRedemptionsStep = createStep(cancelOrderMallRedemptionsStepId, async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "status", "customer_id", "metadata"], filters: { id: input.order_id } })
  const order = data[0] as OrderRow | undefined
  if (order?.status !== "canceled") {
    return new StepResponse([] as string[])
  }
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const placedFor = order.metadata?.points_redemption_id
  const cartId = order.customer_id ? await cartOfOrder(container, order.id) : null
  const candidates = (await points.listPointsRedemptions({
    $or: [
      { order_id: order.id },
      ...(typeof placedFor === "string" ? [{ id: placedFor }] : []),
      ...(cartId ? [{ customer_id: order.customer_id!, idempotency_key: { $like: cartRedemptionKeyPattern(cartId) } }] : []),
    ],
  })) as unknown as MallRedemptionRow[]
  const canceled: string[] = []
  for (const redemption of candidates) {
    const ofOrder =
      redemption.order_id === order.id ||
      // Checkout's, not yet told the order: keyed by the order's cart (keys no shopper can pick).
      (!redemption.order_id &&
        redemption.customer_id === order.customer_id &&
        cartId !== null &&
        redemption.idempotency_key.startsWith(cartRedemptionKeyPrefix(cartId))) ||
      (redemption.id === placedFor && (await placedOrder(points, redemption, order)))
    if (redemption.status !== "completed" || !ofOrder) {
      continue
    }
    await points.cancelMallRedemption(redemption.id)
    canceled.push(redemption.id)
  }
  return new StepResponse(canceled)
})
