import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { POINTS_MODULE } from "../../../modules/points"
import type { LotShare, PointsMovement } from "../../../modules/points"
import type { PointsModuleService } from "../../../modules/points"
import { type CartRow, quoteCartPoints, toCartForPoints } from "./cart-points"

/** A checkout's debit, kept by the complete workflow's hook to undo if completion fails after it. */
export type CartPointsSpend = {
  customer_id: string
  cart_id: string
  idempotency_key: string
  /** Points debited (positive) and the lots they came from. */
  points: number
  lots: LotShare[]
}

const undoKey = (spendKey: string) => `${spendKey}:undo`

/**
 * The spend of a cart that still stands (debited and not undone), if any, and how many spends the
 * cart has had: a completion that failed after its debit had it undone, and the next attempt
 * debits again under a new key (`cart:{id}:spend`, then `cart:{id}:spend:2`, ...).
 */
export async function cartSpends(points: PointsModuleService, cartId: string) {
  const spends = await points.listPointsTransactions({ cart_id: cartId, type: "spend" }, { order: { created_at: "ASC" } })
  const undone = spends.length
    ? new Set(
        (await points.listPointsTransactions({ idempotency_key: spends.map((spend) => undoKey(spend.idempotency_key)) }, { select: ["idempotency_key"] })).map(
          (undo) => undo.idempotency_key
        )
      )
    : new Set<string>()
  const standing = spends.find((spend) => !undone.has(undoKey(spend.idempotency_key))) ?? null
  return { standing, count: spends.length }
}

/**
 * At completion: re-checks the cart's points line against the rules and the cart as it is now
 * and answers the debit to post (`cart:{id}:spend`, or `…:spend:N` after failed attempts), or
 * null when there is nothing to debit, or an earlier attempt's debit stands. Writes nothing: the
 * checkout posts it with the cart's mall items (`utils/checkout-points.ts`).
 */
export async function planCartPointsSpend(container: MedusaContainer, row: CartRow): Promise<PointsMovement | null> {
  const cart = toCartForPoints(row)
  if (!cart.points_lines.length || cart.completed_at) {
    return null
  }
  const service: PointsModuleService = container.resolve(POINTS_MODULE)
  const { standing, count } = await cartSpends(service, cart.id)
  if (standing) {
    return null
  }
  const [line, ...others] = cart.points_lines
  const requested = Number(line.metadata?.points)
  if (others.length || !cart.customer_id || line.metadata?.customer_id !== cart.customer_id || !(requested > 0)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The points on this cart are not valid for its shopper: remove them and apply them again.")
  }
  let quote: Awaited<ReturnType<typeof quoteCartPoints>>
  try {
    quote = await quoteCartPoints(container, cart, requested)
  } catch (error) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The points on this cart no longer fit it: ${(error as Error).message} Remove the points or apply them again.`
    )
  }
  if (quote.points !== requested || Math.abs(quote.amount - line.amount) > 1e-9) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The points rate has changed since the points were applied: apply them again."
    )
  }
  return {
    customer_id: cart.customer_id,
    type: "spend",
    amount: -requested,
    idempotency_key: count ? `cart:${cart.id}:spend:${count + 1}` : `cart:${cart.id}:spend`,
    now: new Date(),
    cart_id: cart.id,
    reference: "checkout",
    metadata: { amount: line.amount, currency_code: cart.currency_code },
  }
}

/** Puts a checkout's debit back into its lots: the completion failed after it. */
export async function undoCartPointsSpend(container: MedusaContainer, spend: CartPointsSpend) {
  const service: PointsModuleService = container.resolve(POINTS_MODULE)
  await service.postPoints({
    customer_id: spend.customer_id,
    type: "refund",
    amount: spend.points,
    restore: spend.lots,
    idempotency_key: undoKey(spend.idempotency_key),
    now: new Date(),
    cart_id: spend.cart_id,
    reference: "checkout-failed",
    note: "The checkout did not complete",
  })
}
