import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CustomerTier } from "./models/customer-tier"
import { GrowthEntry } from "./models/growth-entry"
import { MembershipTier } from "./models/membership-tier"
import { TierProgram } from "./models/tier-program"
import { batchStatement, evaluateStatement, expiryStatement, lockCustomersStatement, previewStatement, type EvaluationParams, type SavedTier, type SqlStatement } from "./sql/evaluation-sql"
import { distributionStatement, growthTotalsStatement, markSyncedStatement, pendingSyncStatement, type TierSync } from "./sql/ledger-sql"
import { DEFAULT_TIER_PROGRAM, TIER_PROGRAM_KEY, type TierProgramSettings } from "./utils/program"

/**
 * Tiers and growth: the tiers, the store's tier program, the growth ledger and each customer's
 * tier. Evaluation is set-based SQL over the ledger (see sql/evaluation-sql.ts).
 */
class TierModuleService extends MedusaService({
  MembershipTier,
  TierProgram,
  GrowthEntry,
  CustomerTier,
}) {
  /** The tier program's settings, created with the defaults on first use. */
  @InjectManager()
  async loadTierProgram(@MedusaContext() sharedContext: Context = {}): Promise<TierProgramSettings & { id: string }> {
    const [existing] = await this.listTierPrograms({ key: TIER_PROGRAM_KEY }, {}, sharedContext)
    if (existing) {
      return existing as unknown as TierProgramSettings & { id: string }
    }
    // Concurrent first uses collide on the id as well as the key: no conflict target, so any loses quietly.
    await this.runSql(
      {
        sql: `INSERT INTO tier_program (id, key, earn_rates, plan_multipliers) VALUES (?, ?, ?::jsonb, ?::jsonb)
ON CONFLICT DO NOTHING`,
        bindings: [
          `tprog_${TIER_PROGRAM_KEY}`,
          TIER_PROGRAM_KEY,
          JSON.stringify(DEFAULT_TIER_PROGRAM.earn_rates),
          JSON.stringify(DEFAULT_TIER_PROGRAM.plan_multipliers),
        ],
      },
      sharedContext
    )
    const [created] = await this.listTierPrograms({ key: TIER_PROGRAM_KEY }, {}, sharedContext)
    return created as unknown as TierProgramSettings & { id: string }
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
   * Holds a transaction lock per listed customer first, so an immediate evaluation and a
   * scheduled batch on the same customer run one after the other, each reading what the other
   * committed (without it, the later commit could write a decision made on stale growth).
   */
  @InjectTransactionManager()
  protected async evaluateTiers_(params: EvaluationParams, @MedusaContext() sharedContext: Context = {}) {
    if (params.customerIds?.length) {
      await this.runSql(lockCustomersStatement(params.customerIds), sharedContext)
    }
    return (await this.runSql(evaluateStatement(params), sharedContext)) as { direction: string; members: number }[]
  }

  /** Writes the `expiry` entries that take growth out of the window; returns how many. */
  @InjectManager()
  async expireGrowth(input: Parameters<typeof expiryStatement>[0], @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const [row] = (await this.runSql(expiryStatement(input), sharedContext)) as { written: number }[]
    return row?.written ?? 0
  }

  /** The next customers to evaluate, by id after `after`. */
  @InjectManager()
  async nextTierBatch(after: string | null, limit: number, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const rows = (await this.runSql(batchStatement(after, limit), sharedContext)) as { customer_id: string }[]
    return rows.map((row) => row.customer_id)
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

  @InjectManager()
  async listPendingTierSyncs(limit: number, customerIds: string[] | null, @MedusaContext() sharedContext: Context = {}): Promise<TierSync[]> {
    return (await this.runSql(pendingSyncStatement(limit, customerIds), sharedContext)) as TierSync[]
  }

  /** Marks moves as reflected in the customer groups; returns those this call marked. */
  @InjectManager()
  async markTierSynced(syncs: TierSync[], @MedusaContext() sharedContext: Context = {}): Promise<TierSync[]> {
    if (!syncs.length) {
      return []
    }
    return (await this.runSql(markSyncedStatement(syncs), sharedContext)) as TierSync[]
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
