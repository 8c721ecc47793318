import { readdirSync } from "node:fs"
import { join } from "node:path"
import { ModulesSdkUtils } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { TIER_MODULE } from ".."
import type TierModuleService from "../service"

jest.setTimeout(120_000)

/**
 * The tier tables were the membership module's before the tier module was split out of it. A
 * database created before the split holds them, with rows, and records the membership
 * migrations that created them. This spec builds such a database — the membership module's own
 * migrations, then tier rows written with raw SQL — runs the tier module's migrations the way
 * `medusa db:migrate` does (the migration script Medusa builds for a module), and reads every
 * row back through the tier service.
 */
const MEMBERSHIP_MIGRATIONS = join(process.cwd(), "src/modules/membership/migrations")
const TIER_MIGRATIONS = join(process.cwd(), "src/modules/tier/migrations")

type Wrapper = { getManager: () => { execute: (sql: string) => Promise<unknown> }; clientUrl: string; schema?: string }
let wrapper: Wrapper | undefined
let tierMigrations: { name: string }[] = []

const EXISTING_ROWS = `
INSERT INTO tier_program (id, key, mode, window_days, downgrade_policy, protection_days, earn_rates, plan_multipliers, check_in_growth, timezone)
VALUES ('tprog_default', 'default', 'growth', 365, 'scheduled', 30,
  '[{"currency_code":"eur","growth_per_unit":2,"spend_rate":1}]'::jsonb, '[{"plan_id":"mplan_1","multiplier":1.5}]'::jsonb, 5, 'Europe/Berlin');
INSERT INTO membership_tier (id, name, rank, threshold, badge_label, customer_group_id)
VALUES ('mtier_silver', 'Silver', 1, 100, 'S', 'cusgroup_silver'), ('mtier_gold', 'Gold', 2, 500, 'G', 'cusgroup_gold');
INSERT INTO growth_entry (id, customer_id, amount, reason, order_id, currency_code, basis_amount, raw_basis_amount, spend_value, raw_spend_value, order_count, counts_at, idempotency_key)
VALUES ('grow_1', 'cus_1', 300, 'order', 'order_1', 'eur', 150, '{"value":"150","precision":20}'::jsonb, 150, '{"value":"150","precision":20}'::jsonb, 1, now() - interval '2 days', 'order:order_1:award'),
  ('grow_2', 'cus_1', 250, 'manual', NULL, NULL, NULL, NULL, NULL, NULL, 0, now() - interval '1 day', 'manual:cus_1:1');
INSERT INTO customer_tier (id, customer_id, tier_id, previous_tier_id, synced_tier_id, achieved_at)
VALUES ('ctier_1', 'cus_1', 'mtier_silver', NULL, 'mtier_silver', now() - interval '2 days');`

moduleIntegrationTestRunner<TierModuleService>({
  moduleName: TIER_MODULE,
  resolve: "./src/modules/tier",
  dbName: `medusa-tier-migration-integration-${process.env.JEST_WORKER_ID ?? "1"}`,
  // The database as the membership module's migrations left it before the split.
  pathToMigrations: MEMBERSHIP_MIGRATIONS,
  hooks: {
    beforeModuleInit: async () => {
      await wrapper!.getManager().execute(EXISTING_ROWS)
      const migrate = ModulesSdkUtils.buildMigrationScript({ moduleName: TIER_MODULE, pathToMigrations: TIER_MIGRATIONS })
      const silent = { info: () => undefined, error: console.error } as never
      tierMigrations = (await migrate({ options: { database: { clientUrl: wrapper!.clientUrl, schema: wrapper!.schema ?? "public" } }, logger: silent })) as never
    },
  },
  testSuite: ({ MikroOrmWrapper, service }) => {
    wrapper = MikroOrmWrapper as unknown as Wrapper

    it("runs its migration on a database made before the split and keeps every row", async () => {
      const files = readdirSync(TIER_MIGRATIONS).filter((file) => /^Migration\d+\.ts$/.test(file))
      expect(tierMigrations.map((migration) => migration.name)).toEqual(files.map((file) => file.replace(/\.ts$/, "")).sort())

      expect(await service.loadTierProgram()).toMatchObject({
        id: "tprog_default",
        window_days: 365,
        downgrade_policy: "scheduled",
        protection_days: 30,
        earn_rates: [{ currency_code: "eur", growth_per_unit: 2, spend_rate: 1 }],
        plan_multipliers: [{ plan_id: "mplan_1", multiplier: 1.5 }],
        check_in_growth: 5,
        timezone: "Europe/Berlin",
      })
      expect((await service.listTiersByRank()).map((tier) => [tier.id, tier.name, tier.rank, tier.threshold, tier.customer_group_id])).toEqual([
        ["mtier_silver", "Silver", 1, 100, "cusgroup_silver"],
        ["mtier_gold", "Gold", 2, 500, "cusgroup_gold"],
      ])
      const entries = await service.listGrowthEntries({ customer_id: "cus_1" }, { order: { id: "ASC" } })
      expect(entries.map((entry) => [entry.id, entry.amount, entry.reason, entry.idempotency_key])).toEqual([
        ["grow_1", 300, "order", "order:order_1:award"],
        ["grow_2", 250, "manual", "manual:cus_1:1"],
      ])
      expect(Number(entries[0].basis_amount)).toBe(150)
      expect(await service.growthTotals("cus_1", null)).toMatchObject({ balance: 550, lifetime: 550, spend: 150, orders: 1 })
      expect(await service.listCustomerTiers({ customer_id: "cus_1" })).toEqual([
        expect.objectContaining({ id: "ctier_1", tier_id: "mtier_silver", synced_tier_id: "mtier_silver" }),
      ])

      // The constraints came along: the ledger stays idempotent, ranks stay unique.
      await expect(
        service.createGrowthEntries({ customer_id: "cus_1", amount: 1, reason: "task", idempotency_key: "order:order_1:award", counts_at: new Date() })
      ).rejects.toThrow(/already exists/)
      await expect(service.createMembershipTiers({ name: "Other", rank: 2, threshold: 900 })).rejects.toThrow(/already exists/)

      // And the rows keep working: the customer's 550 growth reaches Gold.
      const program = await service.loadTierProgram()
      const tiers = await service.listTiersByRank()
      await service.evaluateTiers({
        now: new Date(),
        mode: program.mode,
        cutoff: null,
        mayDowngrade: false,
        protectionDays: 0,
        tiers,
        customerIds: ["cus_1"],
      })
      expect(await service.listCustomerTiers({ customer_id: "cus_1" })).toEqual([
        expect.objectContaining({ id: "ctier_1", tier_id: "mtier_gold", previous_tier_id: "mtier_silver" }),
      ])
    })
  },
})
