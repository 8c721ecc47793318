import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { TIER_MODULE, type TierModuleService } from "../src/modules/tier"
import { createMembershipTierWorkflow } from "../src/workflows/tiers/workflows/create-membership-tier"
import { updateTierProgramWorkflow } from "../src/workflows/tiers/workflows/update-tier-program"
import { reevaluateTiers } from "../src/workflows/tiers"
import { evaluationParams } from "../src/workflows/tiers/utils/tier-rules"

jest.setTimeout(1_800_000)

const MEMBERS = Number(process.env.TIER_BENCH_MEMBERS ?? 5000)
const DAY = 24 * 60 * 60 * 1000
/** Growth points (not money) seeded per member: below Silver, then one band per tier. */
const BANDS = [50, 500, 2500, 10000, 30000]
const TIERS: [string, number][] = [
  ["Silver", 100],
  ["Gold", 1000],
  ["Platinum", 5000],
  ["Diamond", 20000],
]

/**
 * What a full tier re-evaluation costs per member, against its baseline in the same run: the
 * same evaluation statement run one customer at a time. The set-based run also writes the
 * expiry entries and syncs the customer groups; the second run finds nothing to change.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it(`re-evaluates the tiers of ${MEMBERS} members`, async () => {
      const container = getContainer()
      const tierModule = container.resolve<TierModuleService>(TIER_MODULE)
      const now = new Date()
      await updateTierProgramWorkflow(container).run({ input: { window_days: 365, downgrade_policy: "scheduled", protection_days: 0 } })
      for (const [rank, [name, threshold]] of TIERS.entries()) {
        await createMembershipTierWorkflow(container).run({ input: { name, rank: rank + 1, threshold } })
      }

      const ids: string[] = []
      for (let start = 0; start < MEMBERS; start += 1000) {
        const customers = await container.resolve(Modules.CUSTOMER).createCustomers(
          Array.from({ length: Math.min(1000, MEMBERS - start) }, (_, i) => ({ email: `member${start + i}@bench.test`, has_account: true }))
        )
        ids.push(...customers.map((customer) => customer.id))
      }
      // In-window growth spread below and across the four tiers; two in five members also have
      // growth from over a year ago, enough for Diamond if it still counted.
      const hasOldGrowth = (i: number) => i % 5 < 2
      const entries = ids.flatMap((id, i) => {
        const growth = BANDS[i % 5] + (i % 97)
        const inWindow = [
          { customer_id: id, amount: growth - 40, counts_at: new Date(now.getTime() - (i % 300) * DAY) },
          { customer_id: id, amount: 40, counts_at: new Date(now.getTime() - 10 * DAY) },
        ]
        return hasOldGrowth(i) ? [...inWindow, { customer_id: id, amount: BANDS[4], counts_at: new Date(now.getTime() - 400 * DAY) }] : inWindow
      })
      for (let start = 0; start < entries.length; start += 5000) {
        await tierModule.createGrowthEntries(
          entries.slice(start, start + 5000).map((entry, i) => ({
            ...entry,
            reason: "task" as const,
            actor: "bench",
            idempotency_key: `bench:${start + i}`,
          }))
        )
      }

      // Planner statistics, as a live store has them: on a freshly filled table the one-customer
      // statement scans every entry until autovacuum gets to it, which would flatter the ratios.
      await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("ANALYZE growth_entry, customer_tier")

      /** Members per tier name ("none": below every tier). */
      const perTier = async () => {
        const names = new Map((await tierModule.listTiersByRank()).map((tier) => [tier.id, tier.name]))
        const rows = await tierModule.tierDistribution()
        return Object.fromEntries(rows.map((row) => [names.get(row.tier_id ?? "") ?? "none", row.members]).sort())
      }
      /** Back to the seeded ledger: no tiers assigned, no expiry entries. */
      const reset = async () => {
        await tierModule.deleteCustomerTiers((await tierModule.listCustomerTiers({}, { select: ["id"], take: null })).map((row) => row.id))
        await tierModule.deleteGrowthEntries(
          (await tierModule.listGrowthEntries({ reason: "expiry" }, { select: ["id"], take: null })).map((row) => row.id)
        )
      }

      const [program, tiers] = await Promise.all([tierModule.loadTierProgram(), tierModule.listTiersByRank()])
      const baselineStart = performance.now()
      for (const id of ids) {
        await tierModule.evaluateTiers(evaluationParams(program, tiers, { now, customerIds: [id], scheduled: true }))
      }
      const baselineMs = performance.now() - baselineStart
      const baselineCounts = await perTier()

      await reset()
      const runStart = performance.now()
      const first = await reevaluateTiers(container, { now })
      const runMs = performance.now() - runStart
      const runCounts = await perTier()
      expect(runCounts).toEqual(baselineCounts)
      expect(first).toMatchObject({ expired: ids.filter((_, i) => hasOldGrowth(i)).length, synced: MEMBERS - (baselineCounts.none ?? 0) })

      const againStart = performance.now()
      const again = await reevaluateTiers(container, { now })
      const againMs = performance.now() - againStart
      expect(again).toEqual({ up: 0, down: 0, stay: MEMBERS, expired: 0, synced: 0 })

      const row = (label: string, ms: number, ratio = "") =>
        `  ${label.padEnd(40)} ${Math.round(ms).toString().padStart(8)} ms  ${(ms / MEMBERS).toFixed(2).padStart(6)} ms/member  ${ratio}`
      process.stdout.write(
        [
          "",
          `tier re-evaluation (${MEMBERS} members, one process, Postgres ${process.env.DB_HOST}):`,
          `  per tier: ${JSON.stringify(runCounts)} (baseline and set-based run agree)`,
          row("baseline: evaluateTiers one at a time", baselineMs),
          row("reevaluateTiers (expiry, tiers, groups)", runMs, `ratio to baseline ${(runMs / baselineMs).toFixed(3)}`),
          row("reevaluateTiers again (nothing to do)", againMs, `ratio to baseline ${(againMs / baselineMs).toFixed(3)}`),
          "",
        ].join("\n")
      )
    })
  },
})
