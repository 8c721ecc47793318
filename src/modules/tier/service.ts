import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CustomerTier } from "./models/customer-tier"
import { GrowthEntry } from "./models/growth-entry"
import { MembershipTier } from "./models/membership-tier"
import { TierProgram } from "./models/tier-program"
import {
  batchEndStatement,
  evaluateStatement,
  lockAllCustomersStatement,
  lockCustomersStatements,
  previewStatement,
  type BatchWork,
  type EvaluationParams,
  type SavedTier,
  type SqlStatement,
} from "./sql/evaluation-sql"
import { syncPageEndStatement, syncTierGroupsStatement, type TierSync } from "./sql/group-sync-sql"
import type { CustomerScope } from "./sql/scope-sql"
import { distributionStatement, growthTotalsStatement } from "./sql/ledger-sql"
import { DEFAULT_TIER_PROGRAM, TIER_PROGRAM_KEY, type TierProgramSettings } from "./utils/program"
import { firstOrCreated, insertSettingsRowStatement } from "../../lib/settings-row"

/**
 * Tiers and growth: the tiers, the store's tier program, the growth ledger and each customer's
 * tier. Evaluation is set-based SQL over the ledger (see sql/evaluation-sql.ts).
 */
type EvaluationRow = { direction: string; members: number; expired?: number; moves?: [string, string | null, string | null][] | null }

class TierModuleService extends MedusaService({
  MembershipTier,
  TierProgram,
  GrowthEntry,
  CustomerTier,
}) {
  /** The tier program's settings, created with the defaults on first use. */
  @InjectManager()
  async loadTierProgram(@MedusaContext() sharedContext: Context = {}): Promise<TierProgramSettings & { id: string }> {
    const { earn_rates, plan_multipliers } = DEFAULT_TIER_PROGRAM
    const json = { earn_rates, plan_multipliers }
    const program = await firstOrCreated(
      () => this.listTierPrograms({ key: TIER_PROGRAM_KEY }, {}, sharedContext),
      () => this.runSql(insertSettingsRowStatement({ table: "tier_program", id: `tprog_${TIER_PROGRAM_KEY}`, key: TIER_PROGRAM_KEY, json }), sharedContext)
    )
    return program as unknown as TierProgramSettings & { id: string }
  }

  /** What an evaluation with these parameters would do; writes nothing. */
  @InjectManager()
  async previewTierEvaluation(params: EvaluationParams, @MedusaContext() sharedContext: Context = {}) {
    return (await this.runSql(previewStatement(params), sharedContext)) as { kind: string; key: string | null; members: number }[]
  }

  /** Moves the customers in scope to the tier the program gives them, in one statement. */
  @InjectManager()
  async evaluateTiers(params: EvaluationParams, @MedusaContext() sharedContext: Context = {}) {
    return this.evaluateTiers_(params, sharedContext)
  }

  /**
   * Takes the evaluation locks first (see `lockCustomersStatements`): listed customers one by
   * one, a range of them (a full re-evaluation's batch) all at once.
   */
  @InjectTransactionManager()
  protected async evaluateTiers_(params: EvaluationParams, @MedusaContext() sharedContext: Context = {}, work: BatchWork = {}) {
    const locks = params.customerIds ? (params.customerIds.length ? lockCustomersStatements(params.customerIds) : []) : [lockAllCustomersStatement]
    for (const lock of locks) {
      await this.runSql(lock, sharedContext)
    }
    return (await this.runSql(evaluateStatement(params, work), sharedContext)) as EvaluationRow[]
  }

  /**
   * One batch of a full re-evaluation, in one statement over its ledger (see `evaluateStatement`):
   * the scope's expiry entries for `day`, its tier moves, and the movers' customer groups, marked
   * synced (`moves`, for `membership.tier_changed`), unless `syncGroups` is false (they stay
   * pending for the next sync). With groups, the caller holds the lock on group syncs.
   */
  @InjectManager()
  async reevaluateBatch(params: EvaluationParams, work: { day: string; syncGroups: boolean }, @MedusaContext() sharedContext: Context = {}) {
    const rows = await this.evaluateTiers_(params, sharedContext, { expiryDay: work.day, syncGroups: work.syncGroups })
    const counts = { up: 0, down: 0, stay: 0, expired: rows[0]?.expired ?? 0 }
    for (const row of rows) {
      counts[row.direction as "up" | "down" | "stay"] += row.members
    }
    const moves: TierSync[] = (rows[0]?.moves ?? []).map(([customer_id, synced_tier_id, tier_id]) => ({ customer_id, synced_tier_id, tier_id }))
    return { ...counts, moves }
  }

  /** Where the next batch of `size` customers after `after` ends (null: it is the last, open-ended). */
  @InjectManager()
  async nextTierBatchEnd(after: string | null, size: number, @MedusaContext() sharedContext: Context = {}): Promise<string | null> {
    const [row] = (await this.runSql(batchEndStatement(after, size), sharedContext)) as { customers: number; last: string | null }[]
    return row && row.customers >= size ? row.last : null
  }

  @InjectManager()
  async growthTotals(customerId: string, cutoff: Date | null, @MedusaContext() sharedContext: Context = {}) {
    const [row] = (await this.runSql(growthTotalsStatement(customerId, cutoff), sharedContext)) as {
      balance: number
      lifetime: number
      spend: number
      orders: number
    }[]
    return row
  }

  @InjectManager()
  async tierDistribution(@MedusaContext() sharedContext: Context = {}) {
    return (await this.runSql(distributionStatement, sharedContext)) as { tier_id: string | null; members: number }[]
  }

  /** The next page of customers whose groups are behind their tier: how many, and where it ends (null: the last page). */
  @InjectManager()
  async nextTierSyncPage(after: string | null, size: number, customerIds: string[] | null, @MedusaContext() sharedContext: Context = {}) {
    const [row] = (await this.runSql(syncPageEndStatement(after, size, customerIds), sharedContext)) as { customers: number; last: string | null }[]
    return { customers: row?.customers ?? 0, upto: row && row.customers >= size ? row.last : null }
  }

  /** Syncs the customer groups of a page of moved customers (see `syncTierGroupsStatement`); returns the moves it marked. */
  @InjectManager()
  async syncTierGroups(scope: CustomerScope, @MedusaContext() sharedContext: Context = {}): Promise<TierSync[]> {
    return (await this.runSql(syncTierGroupsStatement(scope), sharedContext)) as TierSync[]
  }

  /**
   * Takes a deleted customer out of the tier program: their tier row and growth ledger are
   * soft-deleted together, so they leave evaluations and the distribution (and come back if
   * the customer is restored and these rows with them).
   */
  @InjectManager()
  async forgetCustomerGrowth(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.forgetCustomerGrowth_(customerId, sharedContext)
  }

  @InjectTransactionManager()
  protected async forgetCustomerGrowth_(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.softDeleteCustomerTiers({ customer_id: customerId }, {}, sharedContext)
    await this.softDeleteGrowthEntries({ customer_id: customerId }, {}, sharedContext)
  }

  /** The live tiers, lowest rank first. */
  async listTiersByRank(): Promise<SavedTier[]> {
    return (await this.listMembershipTiers({}, { order: { rank: "ASC" } })) as unknown as SavedTier[]
  }

  /** Runs one of the module's own SQL statements (sql/*-sql.ts), in the context's transaction or its own. */
  @InjectTransactionManager()
  protected async runSql(statement: SqlStatement, @MedusaContext() sharedContext: Context = {}): Promise<unknown[]> {
    const manager = sharedContext.transactionManager as { execute: (sql: string, bindings: unknown[]) => Promise<unknown[]> }
    return manager.execute(statement.sql, statement.bindings)
  }
}

export default TierModuleService
