import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { TIER_MODULE, type TierModuleService } from "../src/modules/tier"
import { createMembershipTierWorkflow } from "../src/workflows/tiers/workflows/create-membership-tier"
import { updateTierProgramWorkflow } from "../src/workflows/tiers/workflows/update-tier-program"
import { reevaluateTiers } from "../src/workflows/tiers"

jest.setTimeout(3_600_000)

const MEMBERS = Number(process.env.TIER_BENCH_MEMBERS ?? 1_000_000)
const GOAL_RUN_MS = 30_000
const GOAL_NOOP_MS = 5_000
/** Growth seeded per member in the window: below Silver, then one band per tier (plus `i % 97`). */
const BANDS = [50, 500, 2500, 10000, 30000]
const TIERS: [string, number][] = [
  ["Silver", 100],
  ["Gold", 1000],
  ["Platinum", 5000],
  ["Diamond", 20000],
]
/** Two in five members also have growth from over a year ago (Diamond's worth, held until now). */
const hasOldGrowth = (i: number) => i % 5 < 2
/** One in seven of the others sits a tier below what their growth reached since the last run. */
const isBehind = (i: number) => !hasOldGrowth(i) && i % 7 === 0
const rankFor = (growth: number) => TIERS.filter(([, threshold]) => growth >= threshold).length

/**
 * The nightly re-evaluation of `TIER_BENCH_MEMBERS` members (default 1,000,000) with a year of
 * growth, seeded directly in SQL as last night's run left them: customers, growth entries over
 * the year (three in the window, and for two in five a Diamond's worth from 400 days ago),
 * customer tiers and their tier groups. The run expires the old growth (those members fall from
 * Diamond), lifts the one in seven who moved up since, and syncs the groups; a second run finds
 * nothing to do. Printed against the goals and against a baseline in the same run: one plain
 * GROUP BY of the growth ledger, the least any set-based evaluation reads.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it(`re-evaluates the tiers of ${MEMBERS} members`, async () => {
      const container = getContainer()
      const tierModule = container.resolve<TierModuleService>(TIER_MODULE)
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const now = new Date()
      await updateTierProgramWorkflow(container).run({ input: { window_days: 365, downgrade_policy: "scheduled", protection_days: 0 } })
      for (const [rank, [name, threshold]] of TIERS.entries()) {
        await createMembershipTierWorkflow(container).run({ input: { name, rank: rank + 1, threshold } })
      }
      const tiers = await tierModule.listTiersByRank()
      const tierJson = JSON.stringify(tiers.map((tier) => ({ rank: tier.rank, id: tier.id, group_id: tier.customer_group_id })))

      const seedStart = performance.now()
      // One row per member (a table of the bench, not a temporary one: the pool has many connections): index, in-window growth, the rank last night's run gave them.
      await pg.raw(`CREATE UNLOGGED TABLE bench_member AS
SELECT i, 'cus_bench_' || lpad(i::text, 8, '0') AS customer_id,
  (ARRAY[${BANDS.join(",")}])[i % 5 + 1] + i % 97 AS growth, i % 5 < 2 AS has_old FROM generate_series(0, ${MEMBERS - 1}) i`)
      const rankSql = (growth: string) => TIERS.map(([, threshold]) => `(${growth} >= ${threshold})::int`).join(" + ")
      await pg.raw(`ALTER TABLE bench_member ADD COLUMN seeded_rank int;
UPDATE bench_member SET seeded_rank = CASE WHEN has_old THEN ${TIERS.length}
  WHEN i % 7 = 0 THEN GREATEST(${rankSql("growth")} - 1, 0) ELSE ${rankSql("growth")} END`)
      await pg.raw(`INSERT INTO customer (id, email, has_account) SELECT customer_id, 'member' || i || '@bench.test', true FROM bench_member`)
      await pg.raw(`INSERT INTO growth_entry (id, customer_id, amount, reason, actor, counts_at, idempotency_key)
SELECT 'grow_bench_' || i || '_' || part, customer_id, amount, 'task', 'bench', ?::timestamptz - make_interval(days => days_ago), 'bench:' || i || ':' || part
FROM bench_member, LATERAL (VALUES (1, growth - 80, i % 300), (2, 40, 10), (3, 40, 100), (4, CASE WHEN has_old THEN ${BANDS[4]} END, 400)) e(part, amount, days_ago)
WHERE amount IS NOT NULL`, [now.toISOString()])
      await pg.raw(`INSERT INTO customer_tier (id, customer_id, tier_id, synced_tier_id, achieved_at, evaluated_at)
SELECT 'ctier_bench_' || m.i, m.customer_id, t.id, t.id, ?::timestamptz - interval '1 day', ?::timestamptz - interval '1 day'
FROM bench_member m JOIN jsonb_to_recordset(?::jsonb) AS t(rank int, id text, group_id text) ON t.rank = m.seeded_rank`, [
        now.toISOString(),
        now.toISOString(),
        tierJson,
      ])
      await pg.raw(`INSERT INTO customer_group_customer (id, customer_id, customer_group_id)
SELECT 'cusgc_bench_' || m.i, m.customer_id, t.group_id
FROM bench_member m JOIN jsonb_to_recordset(?::jsonb) AS t(rank int, id text, group_id text) ON t.rank = m.seeded_rank`, [tierJson])
      // Planner statistics and a visibility map, as a live store's autovacuum keeps them.
      await pg.raw("VACUUM ANALYZE customer, growth_entry, customer_tier, customer_group_customer")
      const seedMs = performance.now() - seedStart

      const expected = { perRank: TIERS.map(() => 0), up: 0, down: 0, expired: 0 }
      for (let i = 0; i < MEMBERS; i++) {
        const rank = rankFor(BANDS[i % 5] + (i % 97))
        if (rank) {
          expected.perRank[rank - 1]++
        }
        expected.down += hasOldGrowth(i) ? 1 : 0
        expected.up += isBehind(i) && rank > 0 ? 1 : 0
        expected.expired += hasOldGrowth(i) ? 1 : 0
      }

      const baselineStart = performance.now()
      await pg.raw(`SELECT COUNT(*) FROM (SELECT customer_id, SUM(amount) FROM growth_entry WHERE deleted_at IS NULL GROUP BY customer_id) s`)
      const baselineMs = performance.now() - baselineStart

      const runStart = performance.now()
      const first = await reevaluateTiers(container, { now })
      const runMs = performance.now() - runStart
      const membersPerRank = async (table: "customer_tier" | "customer_group_customer") => {
        const column = table === "customer_tier" ? "tier_id" : "customer_group_id"
        const rows = await pg.raw(
          `SELECT t.rank, COUNT(x.*)::int AS members FROM jsonb_to_recordset(?::jsonb) AS t(rank int, id text, group_id text)
LEFT JOIN ${table} x ON x.${column} = ${table === "customer_tier" ? "t.id" : "t.group_id"} AND x.deleted_at IS NULL GROUP BY t.rank ORDER BY t.rank`,
          [tierJson]
        )
        return (rows.rows as { members: number }[]).map((row) => row.members)
      }
      expect(first).toEqual({ up: expected.up, down: expected.down, stay: MEMBERS - expected.up - expected.down, expired: expected.expired, synced: expected.up + expected.down })
      expect(await membersPerRank("customer_tier")).toEqual(expected.perRank)
      expect(await membersPerRank("customer_group_customer")).toEqual(expected.perRank)

      const againStart = performance.now()
      const again = await reevaluateTiers(container, { now })
      const againMs = performance.now() - againStart
      expect(again).toEqual({ up: 0, down: 0, stay: MEMBERS, expired: 0, synced: 0 })

      const row = (label: string, ms: number, note = "") =>
        `  ${label.padEnd(44)} ${(ms / 1000).toFixed(1).padStart(7)} s  ${((ms / MEMBERS) * 1000).toFixed(1).padStart(6)} µs/member  ${note}`
      const goal = (ms: number, goalMs: number) => `goal ≤ ${goalMs / 1000} s at 1M: ${((ms * 1_000_000) / MEMBERS / 1000).toFixed(1)} s scaled, ${(ms / MEMBERS) * 1_000_000 <= goalMs ? "met" : "NOT met"}`
      process.stdout.write(
        [
          "",
          `tier re-evaluation (${MEMBERS} members, ${first.up} up, ${first.down} down, ${first.expired} expired, one process, Postgres ${process.env.DB_HOST}):`,
          row("seeding (SQL, with VACUUM ANALYZE)", seedMs),
          row("baseline: one GROUP BY of the growth ledger", baselineMs),
          row("reevaluateTiers (expiry, tiers, groups)", runMs, `${(runMs / baselineMs).toFixed(1)}× baseline; ${goal(runMs, GOAL_RUN_MS)}`),
          row("reevaluateTiers again (nothing to do)", againMs, `${(againMs / baselineMs).toFixed(1)}× baseline; ${goal(againMs, GOAL_NOOP_MS)}`),
          "",
        ].join("\n")
      )
    })
  },
})
