import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import {
  adjustLotsStatement,
  balancesStatement,
  debitLotsStatement,
  insertLotStatement,
  insertTransactionStatement,
  lockAccountStatements,
  type SqlStatement,
  transactionByKeyStatement,
} from "./ledger/ledger-sql"
import { allocateDebit, type LotShare, MAX_POINTS_MOVEMENT, type PointsBalances, type PointsMovement, type PostedTransaction } from "./ledger/movement"
import { PointsAccount } from "./models/points-account"
import { PointsLot } from "./models/points-lot"
import { PointsProgram } from "./models/points-program"
import { PointsTransaction } from "./models/points-transaction"
import { DEFAULT_POINTS_PROGRAM, POINTS_PROGRAM_KEY, type PointsProgramSettings } from "./program"

const DAY_MS = 86_400_000

type TransactionRow = Omit<PostedTransaction, "created">

class PointsModuleService extends MedusaService({
  PointsProgram,
  PointsAccount,
  PointsLot,
  PointsTransaction,
}) {
  /** The store's points rules, created with the defaults on first read. */
  @InjectManager()
  async loadPointsProgram(@MedusaContext() sharedContext: Context = {}): Promise<PointsProgramSettings & { id: string }> {
    const [existing] = await this.listPointsPrograms({ key: POINTS_PROGRAM_KEY }, {}, sharedContext)
    if (existing) {
      return existing as unknown as PointsProgramSettings & { id: string }
    }
    // Concurrent first reads collide on the id as well as the key: no conflict target.
    await this.runSql(
      {
        sql: `INSERT INTO points_program (id, key, earn_rates, redemption_rates, tier_multipliers) VALUES (?, ?, ?::jsonb, ?::jsonb, ?::jsonb)
ON CONFLICT DO NOTHING`,
        bindings: [
          `pprog_${POINTS_PROGRAM_KEY}`,
          POINTS_PROGRAM_KEY,
          JSON.stringify(DEFAULT_POINTS_PROGRAM.earn_rates),
          JSON.stringify(DEFAULT_POINTS_PROGRAM.redemption_rates),
          JSON.stringify(DEFAULT_POINTS_PROGRAM.tier_multipliers),
        ],
      },
      sharedContext
    )
    const [created] = await this.listPointsPrograms({ key: POINTS_PROGRAM_KEY }, {}, sharedContext)
    return created as unknown as PointsProgramSettings & { id: string }
  }

  /** Available, pending and soon-expiring (within `soonDays`) points of a customer at `now`. */
  @InjectManager()
  async pointsBalances(customerId: string, now = new Date(), soonDays = 30, @MedusaContext() sharedContext: Context = {}): Promise<PointsBalances> {
    const [row] = (await this.runSql(balancesStatement(customerId, now, new Date(now.getTime() + soonDays * DAY_MS)), sharedContext)) as PointsBalances[]
    return { available: Number(row.available), pending: Number(row.pending), expiring_soon: Number(row.expiring_soon) }
  }

  /**
   * Moves a customer's points, once per idempotency key, with the customer's account locked for
   * the whole transaction, so movements of one customer happen one at a time and a debit sees
   * what earlier ones left. A credit creates a lot (or puts points back into the lots a debit
   * took them from); a debit takes from lots as `from` says and is refused, writing nothing,
   * when they do not hold enough (unless `partial`). A key seen before answers with the earlier
   * movement.
   */
  @InjectManager()
  async postPoints(movement: PointsMovement, @MedusaContext() sharedContext: Context = {}): Promise<PostedTransaction> {
    return this.postPoints_(movement, sharedContext)
  }

  @InjectTransactionManager()
  protected async postPoints_(movement: PointsMovement, @MedusaContext() sharedContext: Context = {}): Promise<PostedTransaction> {
    if (!Number.isSafeInteger(movement.amount) || Math.abs(movement.amount) > MAX_POINTS_MOVEMENT) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Points must be a whole number of at most ${MAX_POINTS_MOVEMENT}`)
    }
    for (const statement of lockAccountStatements(generateEntityId(undefined, "pacct"), movement.customer_id)) {
      await this.runSql(statement, sharedContext)
    }
    const [seen] = (await this.runSql(transactionByKeyStatement(movement.idempotency_key), sharedContext)) as TransactionRow[]
    if (seen) {
      return { ...seen, created: false }
    }

    let amount = movement.amount
    let lots: LotShare[] = []
    const transactionId = generateEntityId(undefined, "ptx")
    let newLot: Parameters<typeof insertLotStatement>[0] | null = null
    if (amount < 0) {
      const candidates = (await this.runSql(debitLotsStatement(movement.customer_id, movement.from ?? "available", movement.now), sharedContext)) as {
        id: string
        remaining: number
      }[]
      const { shares, shortfall } = allocateDebit(candidates, -amount)
      if (shortfall > 0 && !movement.partial) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Not enough points: ${-amount - shortfall} available, ${-amount} needed`
        )
      }
      lots = shares
      amount = -shares.reduce((sum, share) => sum + share.amount, 0)
      await this.adjustLots(shares, -1, sharedContext)
    } else if (amount > 0 && movement.restore) {
      lots = movement.restore
      if (lots.reduce((sum, share) => sum + share.amount, 0) !== amount) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A restore must put back exactly its amount")
      }
      await this.adjustLots(lots, 1, sharedContext)
    } else if (amount === 0) {
      // An unlock: points move from pending to available within their lots; nothing changes amount.
      lots = movement.restore ?? []
    } else if (amount > 0) {
      const lotId = generateEntityId(undefined, "plot")
      lots = [{ lot_id: lotId, amount }]
      newLot = {
        id: lotId,
        customer_id: movement.customer_id,
        amount,
        pending_until: movement.lot?.pending_until ?? null,
        expires_at: movement.lot?.expires_at ?? null,
        order_id: movement.order_id ?? null,
        transaction_id: transactionId,
      }
    }
    await this.runSql(
      insertTransactionStatement({
        id: transactionId,
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
      }),
      sharedContext
    )
    if (newLot) {
      await this.runSql(insertLotStatement(newLot), sharedContext)
    }
    return {
      id: transactionId,
      customer_id: movement.customer_id,
      type: movement.type,
      amount,
      lots,
      idempotency_key: movement.idempotency_key,
      order_id: movement.order_id ?? null,
      cart_id: movement.cart_id ?? null,
      created: true,
    }
  }

  /** Applies shares to lots; every lot must take it (never below 0 nor above its amount). */
  @InjectTransactionManager()
  protected async adjustLots(shares: LotShare[], sign: 1 | -1, @MedusaContext() sharedContext: Context = {}) {
    if (!shares.length) {
      return
    }
    const updated = await this.runSql(adjustLotsStatement(shares, sign), sharedContext)
    if (updated.length !== shares.length) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "The points lots changed during the movement; try again")
    }
  }

  /** Runs one of the module's own SQL statements, in the context's transaction or its own. */
  @InjectTransactionManager()
  protected async runSql(statement: SqlStatement, @MedusaContext() sharedContext: Context = {}): Promise<unknown[]> {
    const manager = sharedContext.transactionManager as { execute: (sql: string, bindings: unknown[]) => Promise<unknown[]> }
    return manager.execute(statement.sql, statement.bindings)
  }
}

export default PointsModuleService
