import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE } from "../../modules/points"
import { CART_REDEMPTION_KEY_PREFIX } from "../../modules/points/mall/redemption"
import type PointsModuleService from "../../modules/points/service"
import { cartOfOrder } from "../utils/order-points-restore"

export const cancelOrderMallRedemptionsStepId = "cancel-order-mall-redemptions"

type OrderRow = { id: string; status: string; customer_id: string | null; metadata?: Record<string, unknown> | null }

/** A LIKE pattern matching `prefix` literally, then anything. */
const startsWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

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
  const candidates = await points.listPointsRedemptions({
    $or: [
      { order_id: order.id },
      ...(typeof placedFor === "string" ? [{ id: placedFor }] : []),
      ...(cartId ? [{ customer_id: order.customer_id!, idempotency_key: { $like: startsWith(`${CART_REDEMPTION_KEY_PREFIX}${cartId}:`) } }] : []),
    ],
  })
  const canceled: string[] = []
  for (const redemption of candidates) {
    // A redemption named in the metadata that records another order is not this order's.
    if (redemption.status !== "completed" || (redemption.order_id && redemption.order_id !== order.id)) {
      continue
    }
    await points.cancelMallRedemption(redemption.id)
    canceled.push(redemption.id)
  }
  return new StepResponse(canceled)
})
