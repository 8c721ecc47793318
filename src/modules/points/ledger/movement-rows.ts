import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { LotInsert, TransactionInsert } from "./ledger-sql"
import { type LotShare, MAX_POINTS_MOVEMENT, type PointsMovement, type PostedTransaction } from "./movement"

/** Refuses an amount that is not a whole number of points within the columns' range. */
export function assertMovementAmount(amount: number) {
  if (!Number.isSafeInteger(amount) || Math.abs(amount) > MAX_POINTS_MOVEMENT) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Points must be a whole number of at most ${MAX_POINTS_MOVEMENT}`)
  }
}

/** The ledger row of a movement, with the amount and lot shares it ends up moving. */
export function transactionOf(movement: PointsMovement, id: string, amount: number, lots: LotShare[]): TransactionInsert {
  return {
    id,
    customer_id: movement.customer_id,
    type: movement.type,
    amount,
    lots,
    order_id: movement.order_id ?? null,
    cart_id: movement.cart_id ?? null,
    reference: movement.reference ?? null,
    note: movement.note ?? null,
    actor: movement.actor ?? "system",
    idempotency_key: movement.idempotency_key,
    metadata: movement.metadata ?? null,
  }
}

/** A credit into a new lot: the lot (pending and expiring as `movement.lot` says) and its transaction. */
export function newLotCredit(movement: PointsMovement): { transaction: TransactionInsert; lot: LotInsert } {
  const transactionId = generateEntityId(undefined, "ptx")
  const lotId = generateEntityId(undefined, "plot")
  return {
    transaction: transactionOf(movement, transactionId, movement.amount, [{ lot_id: lotId, amount: movement.amount }]),
    lot: {
      id: lotId,
      customer_id: movement.customer_id,
      amount: movement.amount,
      pending_until: movement.lot?.pending_until ?? null,
      expires_at: movement.lot?.expires_at ?? null,
      order_id: movement.order_id ?? null,
      transaction_id: transactionId,
    },
  }
}

/** What `postPoints` answers for a movement it wrote. */
export function postedTransaction(row: TransactionInsert): PostedTransaction {
  return {
    id: row.id,
    customer_id: row.customer_id,
    type: row.type as PostedTransaction["type"],
    amount: row.amount,
    lots: row.lots as LotShare[],
    idempotency_key: row.idempotency_key,
    order_id: row.order_id,
    cart_id: row.cart_id,
    created: true,
  }
}
