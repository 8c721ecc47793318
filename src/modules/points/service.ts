import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import {
  balancesStatement,
  debitSourceStatement,
  liabilityStatement,
  activityStatement,
  type PointsActivity,
  lockAccountStatement,
  lockAccountStatements,
  type SqlStatement,
  transactionByKeyStatement,
  writeMovementStatement,
} from "./ledger/ledger-sql"
import { type DueLotRow, type DueLotsRun, type LotsRunSummary } from "./ledger/due-lots"
import { allocateDebit, type LotShare, type PointsBalances, type PointsMovement, type PostedTransaction } from "./ledger/movement"
import { assertMovementAmount, newLotCredit, postedTransaction, transactionOf } from "./ledger/movement-rows"
import { PointsAccount } from "./models/points-account"
import { PointsLot } from "./models/points-lot"
import { PointsMallItem } from "./models/points-mall-item"
import { PointsProgram } from "./models/points-program"
import { PointsRedeemAnswer } from "./models/points-redeem-answer"
import { PointsRedemption } from "./models/points-redemption"
import { PointsTransaction } from "./models/points-transaction"
import {
  cancelRedemptionStatement,
  insertRedemptionStatement,
  lockItemStatement,
  lockRedemptionStatement,
  moveStockStatement,
  redemptionByKeyStatement,
  redemptionsInPeriodStatement,
  saveRedeemAnswerStatement,
  storedRedeemAnswerStatement,
} from "./mall/mall-sql"
import { hasCashPrice, mallCartLineProblem, mallRedemptionRefusal } from "./mall/mall-rules"
import { cartLineRedemptionKey, cartRedemptionKeyPattern, mallCancelKey, type MallRedeemAnswer, type MallRedeemInput, type MallRedeemResult, type MallRedemptionRow, mallSpendKey } from "./mall/redemption"
import { type CartForPoints, quoteCartRedemption, redemptionRules } from "./checkout/cart-points"
import type { CartMallLine } from "./checkout/cart-mall-lines"
import { cartSpendMovement, type CheckoutPointsSpend, type CheckoutSpendInput, notEnoughPointsMessage, restoreKeyPrefix, undoSpendKey } from "./checkout/checkout-spend"
import type { RedemptionQuote } from "./checkout/redemption-quote"
import { DEFAULT_POINTS_PROGRAM, POINTS_PROGRAM_KEY, type PointsProgramSettings } from "./program"
import { firstOrCreated, insertSettingsRowStatement } from "../../lib/settings-row"

const DAY_MS = 86_400_000

type TransactionRow = Omit<PostedTransaction, "created">
type SqlRunner = { execute: (sql: string, bindings: unknown[]) => Promise<unknown[]> }
type WrittenMovement = { seen: TransactionRow | null; adjusted: number; written: number }

class PointsModuleService extends MedusaService({
  PointsProgram,
  PointsAccount,
  PointsLot,
  PointsTransaction,
  PointsMallItem,
  PointsRedemption,
  PointsRedeemAnswer,
}) {
  /** The store's points rules, created with the defaults on first read. */
  @InjectManager()
  async loadPointsProgram(@MedusaContext() sharedContext: Context = {}): Promise<PointsProgramSettings & { id: string }> {
    const { earn_rates, redemption_rates, tier_multipliers } = DEFAULT_POINTS_PROGRAM
    const json = { earn_rates, redemption_rates, tier_multipliers }
    const program = await firstOrCreated(
      () => this.listPointsPrograms({ key: POINTS_PROGRAM_KEY }, {}, sharedContext),
      () => this.runSql(insertSettingsRowStatement({ table: "points_program", id: `pprog_${POINTS_PROGRAM_KEY}`, key: POINTS_PROGRAM_KEY, json }), sharedContext)
    )
    return program as unknown as PointsProgramSettings & { id: string }
  }

  /** Available, pending and soon-expiring (within `soonDays`) points of a customer at `now`. */
  @InjectManager()
  async pointsBalances(customerId: string, now = new Date(), soonDays = 30, @MedusaContext() sharedContext: Context = {}): Promise<PointsBalances> {
    const [row] = (await this.runSql(balancesStatement(customerId, now, new Date(now.getTime() + soonDays * DAY_MS)), sharedContext)) as PointsBalances[]
    return { available: Number(row.available), pending: Number(row.pending), expiring_soon: Number(row.expiring_soon) }
  }

  /** Points all customers hold at `now`, available and pending (what the store owes in points). */
  @InjectManager()
  async pointsLiability(now = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<{ available: number; pending: number }> {
    const [row] = (await this.runSql(liabilityStatement(now), sharedContext)) as { available: number; pending: number }[]
    return { available: Number(row.available), pending: Number(row.pending) }
  }

  /** The ledger's movements in a range and the points outstanding at its end (see `activityStatement`). */
  @InjectManager()
  async pointsActivity(from: Date, to: Date, @MedusaContext() sharedContext: Context = {}): Promise<PointsActivity> {
    const [row] = (await this.runSql(activityStatement(from, to), sharedContext)) as PointsActivity[]
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as PointsActivity
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
    if (movement.amount > 0 && !movement.restore) {
      return this.creditNewLot(movement, (sharedContext.transactionManager ?? sharedContext.manager) as SqlRunner)
    }
    return this.postPoints_(movement, sharedContext)
  }

  /**
   * A credit into a new lot is one statement, without the account lock (nor BEGIN and COMMIT
   * outside a transaction): it changes no existing lot, so whichever debit runs beside it sees
   * the lot once it commits, as if it came after. The key's unique index keeps it once; a
   * concurrent first use of the key is read back.
   */
  private async creditNewLot(movement: PointsMovement, manager: SqlRunner): Promise<PostedTransaction> {
    assertMovementAmount(movement.amount)
    const credit = newLotCredit(movement)
    const statement = writeMovementStatement({ ...credit, adjust: null })
    const [written] = (await manager.execute(statement.sql, statement.bindings)) as WrittenMovement[]
    if (written.seen || !written.written) {
      const byKey = transactionByKeyStatement(movement.idempotency_key)
      const [seen] = written.seen ? [written.seen] : ((await manager.execute(byKey.sql, byKey.bindings)) as TransactionRow[])
      return { ...seen, created: false }
    }
    return postedTransaction(credit.transaction)
  }

  @InjectTransactionManager()
  protected async postPoints_(movement: PointsMovement, @MedusaContext() sharedContext: Context = {}): Promise<PostedTransaction> {
    assertMovementAmount(movement.amount)
    await this.lockAccount(movement.customer_id, sharedContext)

    if (movement.amount > 0 && !movement.restore) {
      return this.writeLocked({ ...newLotCredit(movement), adjust: null }, sharedContext)
    }
    let amount = movement.amount
    let lots: LotShare[] = []
    let adjust: { shares: LotShare[]; sign: 1 | -1 } | null = null
    if (amount < 0) {
      const [source] = (await this.runSql(
        debitSourceStatement(movement.idempotency_key, movement.customer_id, movement.from ?? "available", movement.now),
        sharedContext
      )) as { seen: TransactionRow | null; lots: { id: string; remaining: number }[] }[]
      if (source.seen) {
        return { ...source.seen, created: false }
      }
      const { shares, shortfall } = allocateDebit(source.lots, -amount)
      if (shortfall > 0 && !movement.partial) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Not enough points: ${-amount - shortfall} available, ${-amount} needed`
        )
      }
      lots = shares
      amount = -shares.reduce((sum, share) => sum + share.amount, 0)
      adjust = { shares, sign: -1 }
    } else if (amount > 0) {
      lots = movement.restore ?? []
      if (lots.reduce((sum, share) => sum + share.amount, 0) !== amount) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A restore must put back exactly its amount")
      }
      adjust = { shares: lots, sign: 1 }
    } else {
      // An unlock: points move from pending to available within their lots; nothing changes amount.
      lots = movement.restore ?? []
    }
    const transaction = transactionOf(movement, generateEntityId(undefined, "ptx"), amount, lots)
    return this.writeLocked({ transaction, adjust, lot: null }, sharedContext)
  }

  /** Writes a movement under the account lock; anything short of the whole write rolls the transaction back. */
  @InjectTransactionManager()
  protected async writeLocked(input: Parameters<typeof writeMovementStatement>[0], @MedusaContext() sharedContext: Context = {}): Promise<PostedTransaction> {
    const [written] = (await this.runSql(writeMovementStatement(input), sharedContext)) as WrittenMovement[]
    if (written.seen) {
      return { ...written.seen, created: false }
    }
    if (!written.written || (input.adjust && written.adjusted !== input.adjust.shares.length)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "The points lots or this key changed during the movement; try again")
    }
    return postedTransaction(input.transaction)
  }

  /** Locks the customer's points account for the transaction, creating it on their first movement. */
  @InjectTransactionManager()
  protected async lockAccount(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const [locked] = await this.runSql(lockAccountStatement(customerId), sharedContext)
    if (locked) {
      return
    }
    for (const statement of lockAccountStatements(generateEntityId(undefined, "pacct"), customerId)) {
      await this.runSql(statement, sharedContext)
    }
  }

  /**
   * Redeems a mall item for a customer in one transaction: their account is locked first (as
   * every movement does), then the item, so redemptions and other movements never wait on each
   * other in opposite orders. With both held it checks the item, the per-member limit, takes the
   * points (`spend`), takes one from the stock and records the redemption. A key the customer
   * used before answers with that redemption and changes nothing.
   */
  @InjectManager()
  async redeemMallItem(input: MallRedeemInput, @MedusaContext() sharedContext: Context = {}): Promise<MallRedeemResult> {
    return this.redeemMallItem_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async redeemMallItem_(input: MallRedeemInput, @MedusaContext() sharedContext: Context = {}): Promise<MallRedeemResult> {
    await this.lockAccount(input.customer_id, sharedContext)
    const [item] = (await this.runSql(lockItemStatement(input.item_id), sharedContext)) as MallRedeemResult["item"][]
    if (!item) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Points mall item ${input.item_id} was not found`)
    }
    const [seen] = (await this.runSql(redemptionByKeyStatement(input.customer_id, input.idempotency_key), sharedContext)) as MallRedemptionRow[]
    if (seen) {
      if (seen.item_id !== item.id) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "This Idempotency-Key was used to redeem another item")
      }
      return { redemption: seen, item, created: false }
    }
    const refusal =
      mallRedemptionRefusal(item, input.tier_ids, input.now, Boolean(input.cart_line)) ??
      (input.cart_line ? mallCartLineProblem(item, input.cart_line) : null)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    if (item.limit_per_member) {
      const statement = redemptionsInPeriodStatement(item.id, input.customer_id, item.limit_period ?? "ever", input.now)
      const [{ count }] = (await this.runSql(statement, sharedContext)) as { count: number }[]
      if (count >= item.limit_per_member) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `You have already redeemed this item ${count} time(s), the most allowed`)
      }
    }
    const redemptionId = generateEntityId(undefined, "pred")
    const spent = await this.postPoints_(
      {
        customer_id: input.customer_id,
        type: "spend",
        amount: -item.points_price,
        idempotency_key: mallSpendKey(input.customer_id, input.idempotency_key),
        now: input.now,
        reference: redemptionId,
        note: `Points mall: ${item.name}`,
        actor: "customer",
      },
      sharedContext
    )
    await this.runSql(moveStockStatement(item.id, -1), sharedContext)
    const [redemption] = (await this.runSql(
      insertRedemptionStatement({
        id: redemptionId,
        item_id: item.id,
        customer_id: input.customer_id,
        points: item.points_price,
        cash_amount: input.cart_line && hasCashPrice(item) ? Number(item.cash_price) : null,
        currency_code: input.cart_line && hasCashPrice(item) ? (item.currency_code ?? null) : null,
        transaction_id: spent.id,
        idempotency_key: input.idempotency_key,
        created_at: input.now,
      }),
      sharedContext
    )) as MallRedemptionRow[]
    return { redemption, item, created: true }
  }

  /** The answer stored for a shopper's redeem key, or null. */
  @InjectManager()
  async retrieveMallRedeemAnswer(customerId: string, key: string, @MedusaContext() sharedContext: Context = {}): Promise<MallRedeemAnswer | null> {
    const [stored] = (await this.runSql(storedRedeemAnswerStatement(customerId, key), sharedContext)) as MallRedeemAnswer[]
    return stored ?? null
  }

  /** Stores the answer of a shopper's redeem key and returns it; when one is stored already, that one stays and is returned. */
  @InjectManager()
  async saveMallRedeemAnswer(
    answer: MallRedeemAnswer & { customer_id: string; idempotency_key: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MallRedeemAnswer> {
    const [saved] = (await this.runSql(saveRedeemAnswerStatement(generateEntityId(undefined, "pransw"), answer), sharedContext)) as MallRedeemAnswer[]
    return saved ?? ((await this.retrieveMallRedeemAnswer(answer.customer_id, answer.idempotency_key, sharedContext)) as MallRedeemAnswer)
  }

  /** How many times a customer redeemed an item (not canceled) in the current `limit_period`, as the per-member limit counts. */
  @InjectManager()
  async countMallRedemptions(
    item: { id: string; limit_period?: string | null },
    customerId: string,
    now = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const [{ count }] = (await this.runSql(redemptionsInPeriodStatement(item.id, customerId, item.limit_period ?? "ever", now), sharedContext)) as {
      count: number
    }[]
    return Number(count)
  }

  /**
   * What a checkout takes, in ONE transaction under the customer's account lock: the points paid
   * towards the cart (`spend`, a debit) and the mall items bought with its lines (each a
   * `redeemMallItem`, items locked in id order so concurrent checkouts never wait on each other
   * in opposite orders). The balance must cover all of it: anything refused rolls back
   * everything. Every redemption must be new (the caller picks fresh keys).
   */
  @InjectManager()
  async spendAtCheckout(
    input: { spend: PointsMovement | null; redemptions: MallRedeemInput[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ spend: PostedTransaction | null; redemptions: MallRedemptionRow[] }> {
    return this.spendAtCheckout_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async spendAtCheckout_(
    input: { spend: PointsMovement | null; redemptions: MallRedeemInput[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ spend: PostedTransaction | null; redemptions: MallRedemptionRow[] }> {
    const spend = input.spend ? await this.postPoints_(input.spend, sharedContext) : null
    const redemptions: MallRedemptionRow[] = []
    for (const redeem of [...input.redemptions].sort((a, b) => (a.item_id < b.item_id ? -1 : a.item_id > b.item_id ? 1 : 0))) {
      const result = await this.redeemMallItem_(redeem, sharedContext)
      if (!result.created) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `The redemption ${redeem.idempotency_key} exists already`)
      }
      redemptions.push(result.redemption)
    }
    return { spend, redemptions }
  }

  /**
   * Cancels a completed redemption: its points go back into the lots they came from (`refund`)
   * and its item back into stock. Canceling twice changes nothing.
   */
  @InjectManager()
  async cancelMallRedemption(id: string, now = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<MallRedemptionRow> {
    return this.cancelMallRedemption_(id, now, sharedContext)
  }

  @InjectTransactionManager()
  protected async cancelMallRedemption_(id: string, now: Date, @MedusaContext() sharedContext: Context = {}): Promise<MallRedemptionRow> {
    const [redemption] = (await this.runSql(lockRedemptionStatement(id), sharedContext)) as MallRedemptionRow[]
    if (!redemption) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Points redemption ${id} was not found`)
    }
    // Same order as a redemption: the account, then the item.
    await this.lockAccount(redemption.customer_id, sharedContext)
    await this.runSql(lockItemStatement(redemption.item_id), sharedContext)
    if (redemption.status === "canceled") {
      return redemption
    }
    const spendKey = mallSpendKey(redemption.customer_id, redemption.idempotency_key)
    const [spend] = (await this.runSql(transactionByKeyStatement(spendKey), sharedContext)) as TransactionRow[]
    const restore = (spend?.lots ?? []) as LotShare[]
    await this.postPoints_(
      {
        customer_id: redemption.customer_id,
        type: "refund",
        amount: restore.reduce((sum, share) => sum + share.amount, 0),
        restore,
        idempotency_key: mallCancelKey(redemption.customer_id, redemption.idempotency_key),
        now,
        reference: redemption.id,
        note: "Points mall redemption canceled",
      },
      sharedContext
    )
    await this.runSql(moveStockStatement(redemption.item_id, 1), sharedContext)
    const [canceled] = (await this.runSql(cancelRedemptionStatement(id), sharedContext)) as MallRedemptionRow[]
    return canceled
  }

  /** Runs one of the module's own SQL statements, in the context's transaction or its own. */
  @InjectTransactionManager()
  protected async runSql(statement: SqlStatement, @MedusaContext() sharedContext: Context = {}): Promise<unknown[]> {
    const manager = sharedContext.transactionManager as { execute: (sql: string, bindings: unknown[]) => Promise<unknown[]> }
    return manager.execute(statement.sql, statement.bindings)
  }

  /** The points quote for a cart now, or a 400 with the shopper's message. `available` defaults to unlimited. */
  async quoteCartPoints(
    cart: CartForPoints,
    requested: number | "max",
    available = Number.MAX_SAFE_INTEGER
  ): Promise<RedemptionQuote & { points_per_unit: number }> {
    const rules = redemptionRules(await this.loadPointsProgram(), cart.currency_code)
    const quote = quoteCartRedemption(cart, rules, requested, available)
    if ("problem" in quote) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, quote.problem)
    }
    return { ...quote, points_per_unit: rules.points_per_unit }
  }

  /**
   * The spend of a cart that still stands (debited and not undone), if any, and how many spends
   * the cart has had (see `cartSpendKey`).
   */
  async cartSpends(cartId: string) {
    const spends = await this.listPointsTransactions({ cart_id: cartId, type: "spend" }, { order: { created_at: "ASC" } })
    const undoKeys = spends.map((spend) => undoSpendKey(spend.idempotency_key))
    const undone = new Set(
      undoKeys.length
        ? (await this.listPointsTransactions({ idempotency_key: undoKeys }, { select: ["idempotency_key"] })).map((undo) => undo.idempotency_key)
        : []
    )
    const standing = spends.find((spend) => !undone.has(undoSpendKey(spend.idempotency_key))) ?? null
    return { standing, count: spends.length }
  }

  /** What an order's restores (keys from `restoreKeyPrefix`) have given back of its spent points so far, and into which lots. */
  async orderRestores(orderId: string): Promise<{ points: number; lots: LotShare[] }> {
    const prefix = restoreKeyPrefix(orderId)
    const rows = await this.listPointsTransactions({ order_id: orderId, type: "refund" })
    const restores = rows.filter((row) => row.idempotency_key.startsWith(prefix))
    return {
      points: restores.reduce((sum, row) => sum + Number(row.amount), 0),
      lots: restores.flatMap((row) => (row.lots as unknown as LotShare[]) ?? []),
    }
  }

  /**
   * At completion, after every other check: takes what the cart is paid with in points — the
   * points applied to its total (re-checked against the rules and the cart now) and each points
   * mall line (redeemed under `cart:{cart}:line:{line}`: the item re-checked, its points and one
   * of its stock taken) — in one `spendAtCheckout`, so the balance covers all of it or nothing is
   * taken (a 400 with the shopper's message). Answers what to give back if the completion fails
   * later, or null when nothing was taken. What an earlier attempt took and still stands is not
   * taken again.
   */
  async spendCartAtCheckout(input: CheckoutSpendInput): Promise<CheckoutPointsSpend | null> {
    const { cart } = input
    const now = input.now ?? new Date()
    const mallLines = cart.completed_at ? [] : input.mall_lines
    if (mallLines.length && !cart.customer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Points mall items need a signed-in customer: remove them from the cart.")
    }
    const spend = await this.plannedCartSpend(cart, now)
    const redemptions = await this.plannedMallRedemptions(cart, mallLines, input.tier_ids, now)
    if (!spend && !redemptions.length) {
      return null
    }
    try {
      const taken = await this.spendAtCheckout({ spend, redemptions })
      const debit = taken.spend
      return {
        cart_points: debit
          ? { customer_id: debit.customer_id, cart_id: cart.id, idempotency_key: debit.idempotency_key, points: -debit.amount, lots: debit.lots }
          : null,
        redemption_ids: taken.redemptions.map((redemption) => redemption.id),
      }
    } catch (error) {
      if (!MedusaError.isMedusaError(error)) {
        throw error
      }
      const { type, message } = error as MedusaError
      if (type === MedusaError.Types.NOT_ALLOWED && message.startsWith("Not enough points")) {
        const { available } = await this.pointsBalances(cart.customer_id!)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, notEnoughPointsMessage(spend, mallLines, available))
      }
      if (type === MedusaError.Types.NOT_ALLOWED || type === MedusaError.Types.NOT_FOUND) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `A points mall item in this cart cannot be bought: ${message}.`)
      }
      throw error
    }
  }

  /** Gives back what `spendCartAtCheckout` took: the completion failed after it. */
  async undoCartCheckoutSpend(spent: CheckoutPointsSpend) {
    const debit = spent.cart_points
    if (debit) {
      await this.postPoints({
        customer_id: debit.customer_id,
        type: "refund",
        amount: debit.points,
        restore: debit.lots,
        idempotency_key: undoSpendKey(debit.idempotency_key),
        now: new Date(),
        cart_id: debit.cart_id,
        reference: "checkout-failed",
        note: "The checkout did not complete",
      })
    }
    for (const id of spent.redemption_ids) {
      await this.cancelMallRedemption(id)
    }
  }

  private async plannedCartSpend(cart: CartForPoints, now: Date): Promise<PointsMovement | null> {
    if (!cart.points_lines.length || cart.completed_at) {
      return null
    }
    const { standing, count } = await this.cartSpends(cart.id)
    if (standing) {
      return null
    }
    const rules = redemptionRules(await this.loadPointsProgram(), cart.currency_code)
    const movement = cartSpendMovement(cart, rules, count, now)
    if (typeof movement === "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, movement)
    }
    return movement
  }

  /** The redemptions to take for the cart's mall lines: a line an earlier attempt paid (and that stands) is skipped. */
  private async plannedMallRedemptions(cart: CartForPoints, lines: CartMallLine[], tierIds: string[], now: Date): Promise<MallRedeemInput[]> {
    const planned: MallRedeemInput[] = []
    for (const line of lines) {
      const earlier = await this.listPointsRedemptions(
        { customer_id: cart.customer_id!, idempotency_key: { $like: cartRedemptionKeyPattern(cart.id, line.id) } },
        { select: ["id", "status"] }
      )
      if (earlier.some((redemption) => redemption.status === "completed")) {
        continue
      }
      planned.push({
        item_id: line.item_id,
        customer_id: cart.customer_id!,
        idempotency_key: cartLineRedemptionKey(cart.id, line.id, earlier.length + 1),
        tier_ids: tierIds,
        now,
        cart_line: { variant_id: line.variant_id, quantity: line.quantity, unit_price: line.unit_price, currency_code: cart.currency_code, points_price: line.points_price },
      })
    }
    return planned
  }

  /**
   * Records that pending lots became spendable: for every lot whose `pending_until` has passed, an
   * `unlock` transaction (amount 0, the lot and what it holds; key `lot:{id}:unlock`), then the
   * lot's `pending_until` cleared. Balances do not wait for it (a lot counts as available from its
   * `pending_until` on); the transaction is the ledger's record of the move.
   */
  async unlockDueLots(options: DueLotsRun = {}): Promise<LotsRunSummary> {
    return this.runOverDueLots(options, (now) => ({ pending_until: { $lte: now } }), async (lots, now) => {
      let posted = 0
      for (const lot of lots) {
        if (Number(lot.remaining) > 0) {
          const transaction = await this.postPoints({
            customer_id: lot.customer_id,
            type: "unlock",
            amount: 0,
            idempotency_key: `lot:${lot.id}:unlock`,
            now,
            order_id: lot.order_id,
            restore: [{ lot_id: lot.id, amount: Number(lot.remaining) }],
          })
          posted += transaction.created ? 1 : 0
        }
      }
      await this.updatePointsLots(lots.map((lot) => ({ id: lot.id, pending_until: null })) as never)
      return posted
    })
  }

  /**
   * Takes what is left of every lot whose `expires_at` has passed: an `expire` debit of exactly that
   * lot, keyed by the lot and the last change of its remaining points (`lot:{id}:expire:{ms}`), so
   * points restored into a lot after it expired (a canceled order paid with them) expire too, and
   * a rerun over an unchanged lot writes nothing. Balances already leave expired lots out; this
   * records it.
   */
  async expireDueLots(options: DueLotsRun = {}): Promise<LotsRunSummary> {
    return this.runOverDueLots(options, (now) => ({ expires_at: { $lte: now }, remaining: { $gt: 0 } }), async (lots, now) => {
      let posted = 0
      for (const lot of lots) {
        const transaction = await this.postPoints({
          customer_id: lot.customer_id,
          type: "expire",
          amount: -Number(lot.remaining),
          idempotency_key: `lot:${lot.id}:expire:${new Date(lot.updated_at).getTime()}`,
          now,
          order_id: lot.order_id,
          from: { lot_ids: [lot.id] },
          // A spend between reading the lot and debiting it leaves less to expire.
          partial: true,
        })
        posted += transaction.created ? 1 : 0
      }
      return posted
    })
  }

  /**
   * The matching lots a batch at a time by id (keyset), each batch handled on its own so one
   * failing batch does not stop the others. Every write is keyed per lot, so a rerun, or a run
   * cut short, converges.
   */
  private async runOverDueLots(
    { now: at = new Date(), batch_size: batchSize = 500 }: DueLotsRun,
    filters: (now: Date) => Record<string, unknown>,
    handle: (lots: DueLotRow[], now: Date) => Promise<number>
  ): Promise<LotsRunSummary> {
    const now = new Date(at)
    const summary: LotsRunSummary = { lots: 0, posted: 0, errors: 0, failures: [] }
    let after: string | null = null
    for (;;) {
      const lots = (await this.listPointsLots(
        { ...filters(now), ...(after ? { id: { $gt: after } } : {}) } as never,
        { select: ["id", "customer_id", "remaining", "order_id", "updated_at"], order: { id: "ASC" }, take: batchSize }
      )) as unknown as DueLotRow[]
      if (!lots.length) {
        break
      }
      after = lots[lots.length - 1].id
      try {
        summary.posted += await handle(lots, now)
      } catch (error) {
        summary.errors++
        summary.failures.push(`batch from ${lots[0].id} failed: ${(error as Error).message}`)
      }
      summary.lots += lots.length
    }
    return summary
  }
}

export default PointsModuleService
