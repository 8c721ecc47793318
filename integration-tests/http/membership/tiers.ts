import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { settled } from "../../helpers/subscribers"
import { TIER_MODULE, type TierModuleService } from "../../../src/modules/tier"
import { recordGrowthWorkflow } from "../../../src/workflows/tiers/workflows/record-growth"
import { reevaluateTiers } from "../../../src/workflows/tiers"
import { adminHeaders, storeHeaders } from "../../helpers/auth"
import { registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"

const DAY_MS = 86_400_000
const TIER_CHANGED = "membership.tier_changed"

type Tier = { id: string; name: string; rank: number; threshold: number; customer_group_id: string }
type TierChanged = { customer_id: string; from_tier_id: string | null; to_tier_id: string | null; direction: "up" | "down" }
type Distribution = {
  total_members: number
  tiers: { tier_id: string | null; name: string; members: number; share: number }[]
  flagged: boolean
  dominant_tier_id: string | null
}
type EntrySeed = {
  customer_id: string
  amount: number
  counts_at: Date
  reason?: string
  spend_value?: number
  order_count?: number
}

const at = (base: Date, days: number) => new Date(base.getTime() + days * DAY_MS)

/** Deterministic pseudo-random numbers (mulberry32), so a failing seed can be replayed. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The highest tier whose threshold the growth reaches (growth mode), computed independently of the SQL. */
function expectedTier(tiers: Tier[], growth: number): Tier | null {
  return [...tiers].sort((a, b) => b.rank - a.rank).find((tier) => growth >= tier.threshold) ?? null
}

/** The same without the bucket of customers below the lowest tier. */
function tierBuckets(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([key]) => key !== "none"))
}

/** Members per tier id, leaving out empty buckets (so a list with zero rows and one without compare equal). */
function nonEmpty(rows: { tier_id: string | null; members: number }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const row of rows) {
    if (row.members > 0) {
      const key = row.tier_id ?? "none"
      counts[key] = (counts[key] ?? 0) + row.members
    }
  }
  return counts
}

export const tiersSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("tiers", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    const events: TierChanged[] = []
    let subscribed = false

    const memberships = () => getContainer().resolve<TierModuleService>(TIER_MODULE)
    const customerModule = () => getContainer().resolve(Modules.CUSTOMER)
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const sql = async <T>(text: string): Promise<T[]> => (await pg().raw(text)).rows as T[]

    /** Lets the local event bus deliver what was emitted (it publishes on a later microtask). */
    const settle = async () => {
      for (let i = 0; i < 5; i++) {
        await new Promise((resolve) => setImmediate(resolve))
      }
    }

    const createTier = async (body: Record<string, unknown>): Promise<Tier> =>
      (await api.post("/admin/membership/tiers", body, admin)).data.tier
    const createTiers = async (defs: [string, number, number][]): Promise<Tier[]> => {
      const tiers: Tier[] = []
      for (const [name, rank, threshold] of defs) {
        tiers.push(await createTier({ name, rank, threshold }))
      }
      return tiers
    }
    const setProgram = async (body: Record<string, unknown>) => (await api.post("/admin/membership/tier-program", body, admin)).data
    const listTiers = async (query = "") => (await api.get(`/admin/membership/tiers${query}`, admin)).data
    const distribution = async (): Promise<Distribution> => (await listTiers()).distribution
    const previewTiers = async (body: Record<string, unknown> = {}) =>
      (await api.post("/admin/membership/tier-program/preview", body, admin)).data.preview

    const createCustomers = async (count: number, prefix: string): Promise<string[]> => {
      const ids: string[] = []
      for (let start = 0; start < count; start += 1000) {
        const batch = Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
          email: `${prefix}-${start + i}@tiers.test`,
          first_name: prefix,
          last_name: String(start + i),
          has_account: true,
        }))
        const created = await customerModule().createCustomers(batch)
        ids.push(...created.map((customer) => customer.id))
      }
      return ids
    }

    let keySeq = 0
    const addEntries = async (entries: EntrySeed[], batchSize = 2000) => {
      for (let start = 0; start < entries.length; start += batchSize) {
        await memberships().createGrowthEntries(
          entries.slice(start, start + batchSize).map((entry) => ({
            reason: "task",
            order_count: 0,
            actor: "test",
            ...entry,
            idempotency_key: `seed:${entry.customer_id}:${++keySeq}`,
          })) as never[]
        )
      }
    }
    const recordGrowth = (customerId: string, amount: number, key: string, now = new Date()) =>
      recordGrowthWorkflow(getContainer()).run({
        input: { customer_id: customerId, amount, reason: "task", idempotency_key: key, now },
      })

    const tierOf = async (customerId: string) => (await memberships().listCustomerTiers({ customer_id: customerId }))[0] ?? null
    const tierIdOf = async (customerId: string) => (await tierOf(customerId))?.tier_id ?? null
    /** The customer's groups among the managed tier groups. */
    const tierGroupsOf = async (customerId: string, tiers: Tier[]) => {
      const managed = new Set(tiers.map((tier) => tier.customer_group_id))
      const links = await customerModule().listCustomerGroupCustomers({ customer_id: customerId }, { take: null })
      return links.map((link) => link.customer_group_id).filter((id) => managed.has(id))
    }
    /** `DELETE /admin/customers/:id`, after which the `customer.deleted` subscribers have run. */
    async function deleteCustomer(customerId: string) {
      await settled(getContainer(), "customer.deleted", () => api.delete(`/admin/customers/${customerId}`, admin))
    }
    const ledger = async (customerId: string) => {
      const entries = await memberships().listGrowthEntries({ customer_id: customerId }, { take: null })
      return { entries, sum: entries.reduce((total, entry) => total + Number(entry.amount), 0) }
    }

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      events.length = 0
      if (!subscribed) {
        getContainer()
          .resolve(Modules.EVENT_BUS)
          .subscribe(
            TIER_CHANGED,
            async (message) => {
              events.push(message.data as TierChanged)
            },
            { subscriberId: "membership-tiers-spec" }
          )
        subscribed = true
      }
    })

    it("creates, lists, updates and deletes tiers, each mirrored by a managed customer group", async () => {
      const missingName = await failure(api.post("/admin/membership/tiers", { rank: 1, threshold: 100 }, admin))
      expect(missingName.status).toBe(400)
      expect(missingName.data.message).toContain("name")
      const missingRank = await failure(api.post("/admin/membership/tiers", { name: "Silver", threshold: 100 }, admin))
      expect(missingRank.status).toBe(400)
      expect(missingRank.data.message).toContain("rank")
      const unknown = await failure(api.post("/admin/membership/tiers", { name: "Silver", rank: 1, threshold: 100, colour: "grey" }, admin))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("colour")

      const silver = (
        await api.post(
          "/admin/membership/tiers",
          {
            name: "Silver",
            rank: 1,
            threshold: 100,
            badge_label: "SILVER",
            badge_color: "#C0C0C0",
            badge_icon: "star",
            description: "Free shipping",
          },
          admin
        )
      ).data
      expect(silver.tier).toMatchObject({
        id: expect.stringMatching(/^mtier_/),
        name: "Silver",
        rank: 1,
        threshold: 100,
        rfm_min_spend: 0,
        rfm_min_orders: 0,
        badge_label: "SILVER",
        badge_color: "#C0C0C0",
        badge_icon: "star",
        description: "Free shipping",
        customer_group_id: expect.any(String),
      })
      expect(silver.evaluation).toMatchObject({ up: 0, down: 0, stay: 0 })
      const [gold, platinum] = await createTiers([
        ["Gold", 2, 500],
        ["Platinum", 3, 1000],
      ])

      const duplicate = await failure(api.post("/admin/membership/tiers", { name: "Silver again", rank: 1, threshold: 50 }, admin))
      expect(duplicate.status).toBe(400)
      expect(duplicate.data.message).toMatch(/rank 1/i)
      expect(duplicate.data.message).toMatch(/already/i)
      expect(duplicate.data.message).toContain("Silver")
      const duplicateOnUpdate = await failure(api.post(`/admin/membership/tiers/${gold.id}`, { rank: 3 }, admin))
      expect(duplicateOnUpdate.status).toBe(400)
      expect(duplicateOnUpdate.data.message).toMatch(/rank 3/i)

      for (const tier of [silver.tier, gold, platinum]) {
        const { customer_group } = (await api.get(`/admin/customer-groups/${tier.customer_group_id}`, admin)).data
        expect(customer_group.name).toContain(tier.name)
        expect(customer_group.metadata).toMatchObject({ membership_tier_rank: tier.rank })
      }
      expect(new Set([silver.tier, gold, platinum].map((tier) => tier.customer_group_id)).size).toBe(3)

      // Members: one per tier (growth lifts them at once).
      const [inSilver, inGold, inPlatinum] = await createCustomers(3, "crud")
      await recordGrowth(inSilver, 150, "crud:1")
      await recordGrowth(inGold, 150, "crud:2")
      expect(await tierGroupsOf(inGold, [silver.tier, gold, platinum])).toEqual([silver.tier.customer_group_id])
      await recordGrowth(inGold, 450, "crud:3")
      await recordGrowth(inPlatinum, 1500, "crud:4")
      // Each member is in their own tier's group only.
      expect(await tierGroupsOf(inSilver, [silver.tier, gold, platinum])).toEqual([silver.tier.customer_group_id])
      expect(await tierGroupsOf(inGold, [silver.tier, gold, platinum])).toEqual([gold.customer_group_id])
      expect(await tierGroupsOf(inPlatinum, [silver.tier, gold, platinum])).toEqual([platinum.customer_group_id])

      const firstPage = await listTiers("?limit=2&offset=0")
      expect(firstPage).toMatchObject({ count: 3, offset: 0, limit: 2 })
      expect(firstPage.tiers).toHaveLength(2)
      const secondPage = await listTiers("?limit=2&offset=2")
      expect(secondPage).toMatchObject({ count: 3, offset: 2, limit: 2 })
      expect(secondPage.tiers).toHaveLength(1)
      expect(new Set([...firstPage.tiers, ...secondPage.tiers].map((tier: Tier) => tier.id))).toEqual(
        new Set([silver.tier.id, gold.id, platinum.id])
      )
      expect(firstPage.distribution.total_members).toBe(3)
      expect(nonEmpty(firstPage.distribution.tiers)).toEqual({ [silver.tier.id]: 1, [gold.id]: 1, [platinum.id]: 1 })

      expect((await api.get(`/admin/membership/tiers/${gold.id}`, admin)).data.tier).toMatchObject({ id: gold.id, name: "Gold" })

      // Renaming a tier renames its group; re-ranking one re-ranks its group.
      const renamed = (await api.post(`/admin/membership/tiers/${gold.id}`, { name: "Gold Plus" }, admin)).data
      expect(renamed.tier).toMatchObject({ id: gold.id, name: "Gold Plus", rank: 2, threshold: 500 })
      expect(renamed.evaluation).toMatchObject({ up: 0, down: 0, stay: 3 })
      const renamedGroup = (await api.get(`/admin/customer-groups/${gold.customer_group_id}`, admin)).data.customer_group
      expect(renamedGroup.name).toContain("Gold Plus")
      expect(renamedGroup.metadata).toMatchObject({ membership_tier_rank: 2 })
      const reranked = (await api.post(`/admin/membership/tiers/${platinum.id}`, { rank: 10 }, admin)).data
      expect(reranked.tier).toMatchObject({ id: platinum.id, name: "Platinum", rank: 10 })
      expect(reranked.evaluation).toMatchObject({ up: 0, down: 0, stay: 3 })
      const rerankedGroup = (await api.get(`/admin/customer-groups/${platinum.customer_group_id}`, admin)).data.customer_group
      expect(rerankedGroup.metadata).toMatchObject({ membership_tier_rank: 10 })
      expect(await tierGroupsOf(inGold, [silver.tier, gold, platinum])).toEqual([gold.customer_group_id])

      // Deleting Gold moves its member down to Silver, and its group goes.
      const deleted = (await api.delete(`/admin/membership/tiers/${gold.id}`, admin)).data
      expect(deleted).toMatchObject({ id: gold.id, object: "membership_tier", deleted: true, evaluation: { up: 0, down: 1, stay: 2 } })
      expect((await failure(api.get(`/admin/membership/tiers/${gold.id}`, admin))).status).toBe(404)
      expect((await failure(api.get(`/admin/customer-groups/${gold.customer_group_id}`, admin))).status).toBe(404)
      expect(await tierIdOf(inGold)).toBe(silver.tier.id)
      const remaining = [silver.tier, platinum]
      expect(await tierGroupsOf(inGold, remaining)).toEqual([silver.tier.customer_group_id])
      expect(await tierGroupsOf(inSilver, remaining)).toEqual([silver.tier.customer_group_id])
      expect(await tierGroupsOf(inPlatinum, remaining)).toEqual([platinum.customer_group_id])
      const after = await listTiers()
      expect(after.count).toBe(2)
      expect(nonEmpty(after.distribution.tiers)).toEqual({ [silver.tier.id]: 2, [platinum.id]: 1 })

      // The freed rank can be used again.
      const newGold = await createTier({ name: "Gold", rank: 2, threshold: 500 })
      expect(newGold.rank).toBe(2)
    })

    it("upgrades a member at once when growth crosses a threshold, moves their group and emits tier_changed", async () => {
      const [silver, gold, platinum] = await createTiers([
        ["Silver", 1, 100],
        ["Gold", 2, 1000],
        ["Platinum", 3, 5000],
      ])
      const publishable = (await storeHeaders(getContainer())).headers["x-publishable-api-key"]
      const shopper = await registerCustomer(api, publishable, { email: "climber@tiers.test" })
      const id = shopper.customerId

      await recordGrowth(id, 60, "climb:1")
      await settle()
      expect(await tierIdOf(id)).toBeNull()
      expect(events).toEqual([])

      await recordGrowth(id, 50, "climb:2")
      expect(await tierIdOf(id)).toBe(silver.id)
      expect(await tierGroupsOf(id, [silver, gold, platinum])).toEqual([silver.customer_group_id])
      await settle()
      expect(events).toEqual([{ customer_id: id, from_tier_id: null, to_tier_id: silver.id, direction: "up" }])

      await recordGrowth(id, 2000, "climb:3")
      expect(await tierIdOf(id)).toBe(gold.id)
      expect(await tierGroupsOf(id, [silver, gold, platinum])).toEqual([gold.customer_group_id])
      await settle()
      expect(events).toHaveLength(2)
      expect(events[1]).toEqual({ customer_id: id, from_tier_id: silver.id, to_tier_id: gold.id, direction: "up" })

      // The same key again writes nothing and moves nothing.
      await recordGrowth(id, 2000, "climb:3")
      await settle()
      expect((await ledger(id)).sum).toBe(2110)
      expect(events).toHaveLength(2)

      const growth = (await api.get(`/admin/membership/customers/${id}/growth`, admin)).data
      expect(growth).toMatchObject({
        customer_id: id,
        tier: { id: gold.id },
        next_tier: { id: platinum.id },
        growth: { balance: 2110, lifetime: 2110 },
        count: 3,
      })
      expect(growth.entries.map((entry: { amount: number }) => entry.amount).sort((a: number, b: number) => a - b)).toEqual([50, 60, 2000])

      const store = (await api.get("/store/membership/tier", { headers: shopper.headers })).data
      expect(store.tier).toMatchObject({ id: gold.id, name: "Gold", rank: 2 })
      expect(store.growth).toMatchObject({ balance: 2110 })
      expect(store.next_tier).toMatchObject({ id: platinum.id, threshold: 5000, remaining: 2890 })
    })

    it("refuses a tier ranked higher than another but needing less growth or spend, on create and on update", async () => {
      const [silver, gold] = await createTiers([
        ["Silver", 1, 100],
        ["Gold", 2, 500],
      ])
      const create = await failure(api.post("/admin/membership/tiers", { name: "Platinum", rank: 3, threshold: 400 }, admin))
      expect(create.status).toBe(400)
      expect(create.data.message).toContain('"Platinum" ranks above "Gold" and must not need less growth')
      const lowered = await failure(api.post(`/admin/membership/tiers/${gold.id}`, { threshold: 50 }, admin))
      expect(lowered.status).toBe(400)
      expect(lowered.data.message).toContain('"Gold" ranks above "Silver" and must not need less growth')
      const reranked = await failure(api.post(`/admin/membership/tiers/${silver.id}`, { rank: 3 }, admin))
      expect(reranked.status).toBe(400)
      expect(reranked.data.message).toContain('"Silver" ranks above "Gold" and must not need less growth')
      // Spend too: Silver asking 50 would leave Gold (asking 0) the cheaper tier.
      const spend = await failure(api.post(`/admin/membership/tiers/${silver.id}`, { rfm_min_spend: 50 }, admin))
      expect(spend.status).toBe(400)
      expect(spend.data.message).toContain('"Gold" ranks above "Silver"')
      expect(spend.data.message).toContain("rfm_min_spend")

      const { tiers } = await listTiers()
      expect(tiers.map((tier: Tier) => [tier.name, tier.rank, tier.threshold]).sort()).toEqual([
        ["Gold", 2, 500],
        ["Silver", 1, 100],
      ])
    })

    it("lets the RFM minimum order count fall with rank", async () => {
      const gold = await createTier({ name: "Gold", rank: 1, threshold: 0, rfm_min_spend: 1000, rfm_min_orders: 10 })
      const created = await api.post("/admin/membership/tiers", { name: "Platinum", rank: 2, threshold: 0, rfm_min_spend: 2000, rfm_min_orders: 0 }, admin)
      expect(created.data.tier).toMatchObject({ name: "Platinum", rank: 2, rfm_min_spend: 2000, rfm_min_orders: 0 })
      const updated = await api.post(`/admin/membership/tiers/${gold.id}`, { rfm_min_orders: 20 }, admin)
      expect(updated.data.tier).toMatchObject({ id: gold.id, rfm_min_spend: 1000, rfm_min_orders: 20 })
    })

    it("qualifies members by spend and order count in RFM mode", async () => {
      // "≥ 2000 in 12 months, any count" vs "1000–2000 and ≥ 10 orders".
      const gold = await createTier({ name: "Gold", rank: 1, threshold: 0, rfm_min_spend: 1000, rfm_min_orders: 10 })
      const platinum = await createTier({ name: "Platinum", rank: 2, threshold: 0, rfm_min_spend: 2000, rfm_min_orders: 0 })
      expect(gold).toMatchObject({ rfm_min_spend: 1000, rfm_min_orders: 10 })
      const { program } = await setProgram({ mode: "rfm", window_days: 365 })
      expect(program).toMatchObject({ mode: "rfm", window_days: 365 })

      const now = new Date()
      const [big, frequent, occasional, cheapFrequent, lapsed, refunded] = await createCustomers(6, "rfm")
      const orders = (customer: string, count: number, each: number, daysAgo = 30): EntrySeed[] =>
        Array.from({ length: count }, () => ({
          customer_id: customer,
          reason: "order",
          amount: each,
          spend_value: each,
          order_count: 1,
          counts_at: at(now, -daysAgo),
        }))
      await addEntries([
        ...orders(big, 2, 1250), // 2500 spend, 2 orders → Platinum
        ...orders(frequent, 12, 125), // 1500 spend, 12 orders → Gold
        ...orders(occasional, 5, 300), // 1500 spend, 5 orders → none
        ...orders(cheapFrequent, 20, 45), // 900 spend, 20 orders → none
        // 3000 spend but 1800 of it over a year ago: 1200 and 10 orders in the window → Gold
        ...orders(lapsed, 1, 1800, 400),
        ...orders(lapsed, 10, 120),
        // 2400 spend and 12 orders, then two fully refunded: 2000 and 10 orders → Platinum
        ...orders(refunded, 12, 200),
        { customer_id: refunded, reason: "refund", amount: -400, spend_value: -400, order_count: -2, counts_at: at(now, -30) },
      ])

      const summary = await reevaluateTiers(getContainer(), { now })
      expect(summary).toMatchObject({ up: 4, down: 0, stay: 2 })
      expect(await tierIdOf(big)).toBe(platinum.id)
      expect(await tierIdOf(frequent)).toBe(gold.id)
      expect(await tierIdOf(occasional)).toBeNull()
      expect(await tierIdOf(cheapFrequent)).toBeNull()
      expect(await tierIdOf(lapsed)).toBe(gold.id)
      expect(await tierIdOf(refunded)).toBe(platinum.id)
      expect(await tierGroupsOf(big, [gold, platinum])).toEqual([platinum.customer_group_id])
      expect(await tierGroupsOf(frequent, [gold, platinum])).toEqual([gold.customer_group_id])
      expect(await tierGroupsOf(occasional, [gold, platinum])).toEqual([])

      const growth = (await api.get(`/admin/membership/customers/${lapsed}/growth`, admin)).data
      expect(growth.growth).toMatchObject({ spend: 1200, orders: 10 })

      // Back to growth mode: every tier's growth threshold is 0, so everyone in scope reaches the top tier.
      const { evaluation } = await setProgram({ mode: "growth" })
      expect(evaluation).toMatchObject({ up: 4, down: 0, stay: 2 })
    })

    it("expires growth that left the window and downgrades on schedule once protection ends", async () => {
      const [silver, gold] = await createTiers([
        ["Silver", 1, 100],
        ["Gold", 2, 1000],
      ])
      const { program } = await setProgram({ window_days: 365, downgrade_policy: "scheduled", protection_days: 30 })
      expect(program).toMatchObject({ window_days: 365, downgrade_policy: "scheduled", protection_days: 30 })
      const t0 = new Date()
      const [recent, earlier] = await createCustomers(2, "window")

      // `recent`: 900 earned 350 days ago, then a task worth 200 lifts them to Gold now.
      await addEntries([{ customer_id: recent, amount: 900, counts_at: at(t0, -350) }])
      await recordGrowth(recent, 200, "window:recent", t0)
      expect(await tierIdOf(recent)).toBe(gold.id)
      expect((await tierOf(recent))!.protected_until).toEqual(at(t0, 30))
      // `earlier`: 1500 earned 340 days ago and 50 last week; the run now lifts them to Gold.
      await addEntries([
        { customer_id: earlier, amount: 1500, counts_at: at(t0, -340) },
        { customer_id: earlier, amount: 50, counts_at: at(t0, -7) },
      ])
      expect(await reevaluateTiers(getContainer(), { now: t0 })).toMatchObject({ up: 1, down: 0, stay: 1, expired: 0 })
      expect(await tierIdOf(earlier)).toBe(gold.id)
      await settle()
      events.length = 0

      // Day 20: `recent`'s 900 left the window (200 in it), but they are protected until day 30.
      const day20 = await reevaluateTiers(getContainer(), { now: at(t0, 20) })
      expect(day20).toMatchObject({ up: 0, down: 0, stay: 2, expired: 1 })
      expect(await tierIdOf(recent)).toBe(gold.id)
      const recentLedger = await ledger(recent)
      expect(recentLedger.sum).toBe(200)
      expect(recentLedger.entries.filter((entry) => entry.reason === "expiry").map((entry) => entry.amount)).toEqual([-900])
      expect((await ledger(earlier)).sum).toBe(1550)

      // Day 31: protection is over. `recent` falls to Silver; `earlier`'s 1500 leaves the window now
      // (an expiry entry in this very run) and they fall below every tier.
      const day31 = await reevaluateTiers(getContainer(), { now: at(t0, 31) })
      expect(day31).toMatchObject({ up: 0, down: 2, stay: 0, expired: 1, synced: 2 })
      expect(await tierIdOf(recent)).toBe(silver.id)
      expect(await tierIdOf(earlier)).toBeNull()
      const earlierLedger = await ledger(earlier)
      expect(earlierLedger.sum).toBe(50)
      expect(earlierLedger.entries.filter((entry) => entry.reason === "expiry").map((entry) => entry.amount)).toEqual([-1500])
      expect((await ledger(recent)).sum).toBe(200)
      expect(await tierGroupsOf(recent, [silver, gold])).toEqual([silver.customer_group_id])
      expect(await tierGroupsOf(earlier, [silver, gold])).toEqual([])
      await settle()
      expect(events).toEqual(
        expect.arrayContaining([
          { customer_id: recent, from_tier_id: gold.id, to_tier_id: silver.id, direction: "down" },
          { customer_id: earlier, from_tier_id: gold.id, to_tier_id: null, direction: "down" },
        ])
      )
      expect(events).toHaveLength(2)

      const growth = (await api.get(`/admin/membership/customers/${earlier}/growth`, admin)).data
      expect(growth).toMatchObject({ tier: null, growth: { lifetime: 1550 } })
      expect(growth.entries).toEqual(expect.arrayContaining([expect.objectContaining({ reason: "expiry", amount: -1500 })]))

      // The same run again (and the next day's) writes nothing and moves nobody.
      const snapshot = async () =>
        sql(`SELECT customer_id, tier_id, synced_tier_id, achieved_at, protected_until, evaluated_at FROM customer_tier ORDER BY customer_id`)
      const entryCount = async () => (await sql<{ n: number }>(`SELECT COUNT(*)::int AS n FROM growth_entry`))[0].n
      const [tiersBefore, entriesBefore] = [await snapshot(), await entryCount()]
      expect(await reevaluateTiers(getContainer(), { now: at(t0, 31) })).toEqual({ up: 0, down: 0, stay: 2, expired: 0, synced: 0 })
      expect(await reevaluateTiers(getContainer(), { now: at(t0, 32) })).toEqual({ up: 0, down: 0, stay: 2, expired: 0, synced: 0 })
      expect(await snapshot()).toEqual(tiersBefore)
      expect(await entryCount()).toBe(entriesBefore)
      await settle()
      expect(events).toHaveLength(2)
    })

    it("never downgrades under the `never` policy, though growth still leaves the window", async () => {
      const [, gold] = await createTiers([
        ["Silver", 1, 100],
        ["Gold", 2, 1000],
      ])
      await setProgram({ window_days: 365, downgrade_policy: "never", protection_days: 30 })
      const t0 = new Date()
      const [recent, earlier] = await createCustomers(2, "never")
      await addEntries([
        { customer_id: recent, amount: 900, counts_at: at(t0, -350) },
        { customer_id: earlier, amount: 1500, counts_at: at(t0, -340) },
        { customer_id: earlier, amount: 50, counts_at: at(t0, -7) },
      ])
      await recordGrowth(recent, 200, "never:recent", t0)
      await reevaluateTiers(getContainer(), { now: t0 })
      expect(await tierIdOf(recent)).toBe(gold.id)
      expect(await tierIdOf(earlier)).toBe(gold.id)

      expect(await reevaluateTiers(getContainer(), { now: at(t0, 60) })).toMatchObject({ up: 0, down: 0, stay: 2, expired: 2 })
      expect(await reevaluateTiers(getContainer(), { now: at(t0, 400) })).toMatchObject({ up: 0, down: 0, stay: 2, expired: 2 })
      expect(await tierIdOf(recent)).toBe(gold.id)
      expect(await tierIdOf(earlier)).toBe(gold.id)
      // Everything left the window by day 400.
      expect((await ledger(recent)).sum).toBe(0)
      expect((await ledger(earlier)).sum).toBe(0)
    })

    it("previews a threshold edit, tier creation and deletion with the numbers the saved change then applies", async () => {
      const [silver, gold, platinum] = await createTiers([
        ["Silver", 1, 100],
        ["Gold", 2, 500],
        ["Platinum", 3, 1000],
      ])
      await setProgram({ downgrade_policy: "scheduled", protection_days: 0 })
      const growths = [50, 99, 100, 150, 300, 499, 500, 550, 650, 700, 799, 799, 800, 850, 999, 1000, 1200, 1500, 2000, 2500]
      const ids = await createCustomers(growths.length, "preview")
      const now = new Date()
      await addEntries(growths.map((amount, i) => ({ customer_id: ids[i], amount, counts_at: at(now, -10) })))
      await reevaluateTiers(getContainer(), { now })
      const tiers = [silver, gold, platinum]
      const rules = (overrides: Record<string, number> = {}) =>
        tiers.map((tier) => ({ id: tier.id, rank: tier.rank, threshold: overrides[tier.id] ?? tier.threshold }))
      const count = (test: (growth: number) => boolean) => growths.filter(test).length

      // 1. Raising Gold to 800: 500–799 fall to Silver.
      const raise = (await api.post("/admin/membership/tier-program/preview", { tiers: rules({ [gold.id]: 800 }) }, admin)).data.preview
      const fallers = count((growth) => growth >= 500 && growth < 800)
      expect(fallers).toBe(6)
      expect(raise).toMatchObject({ up: 0, down: fallers, stay: growths.length - fallers, total: growths.length })
      const byTier = (rows: { tier_id: string | null; before: number; after: number }[], key: "before" | "after") =>
        nonEmpty(rows.map((row) => ({ tier_id: row.tier_id, members: row[key] })))
      expect(byTier(raise.by_tier, "before")).toEqual({
        none: count((g) => g < 100),
        [silver.id]: count((g) => g >= 100 && g < 500),
        [gold.id]: count((g) => g >= 500 && g < 1000),
        [platinum.id]: count((g) => g >= 1000),
      })
      // (Customers below the lowest tier: see the test "counts customers below the lowest tier alike…".)
      expect(tierBuckets(byTier(raise.by_tier, "before"))).toEqual(tierBuckets(nonEmpty((await distribution()).tiers)))
      // The preview wrote nothing.
      expect(await tierIdOf(ids[growths.indexOf(550)])).toBe(gold.id)

      const saved = (await api.post(`/admin/membership/tiers/${gold.id}`, { threshold: 800 }, admin)).data
      expect(saved.evaluation).toMatchObject({ up: raise.up, down: raise.down, stay: raise.stay })
      expect(tierBuckets(nonEmpty((await distribution()).tiers))).toEqual(tierBuckets(byTier(raise.by_tier, "after")))
      expect(await tierIdOf(ids[growths.indexOf(550)])).toBe(silver.id)

      // 2. A new tier (no id yet) at 1500.
      const add = (
        await api.post("/admin/membership/tier-program/preview", { tiers: [...rules({ [gold.id]: 800 }), { rank: 4, threshold: 1500 }] }, admin)
      ).data.preview
      expect(add).toMatchObject({ up: count((g) => g >= 1500), down: 0 })
      const created = (await api.post("/admin/membership/tiers", { name: "Diamond", rank: 4, threshold: 1500 }, admin)).data
      expect(created.evaluation).toMatchObject({ up: add.up, down: add.down, stay: add.stay })

      // 3. Gold left out of the list = deleted: its members fall to Silver.
      const withoutGold = [
        { id: silver.id, rank: 1, threshold: 100 },
        { id: platinum.id, rank: 3, threshold: 1000 },
        { id: created.tier.id, rank: 4, threshold: 1500 },
      ]
      const remove = (await api.post("/admin/membership/tier-program/preview", { tiers: withoutGold }, admin)).data.preview
      expect(remove).toMatchObject({ up: 0, down: count((g) => g >= 800 && g < 1000) })
      const deleted = (await api.delete(`/admin/membership/tiers/${gold.id}`, admin)).data
      expect(deleted.evaluation).toMatchObject({ up: remove.up, down: remove.down, stay: remove.stay })
      expect(tierBuckets(nonEmpty((await distribution()).tiers))).toEqual(tierBuckets(byTier(remove.by_tier, "after")))

      // 4. A mode change previews too: in RFM mode these tiers need no spend and no orders (0/0),
      // so everyone reaches the top tier.
      const rfm = (await api.post("/admin/membership/tier-program/preview", { mode: "rfm" }, admin)).data.preview
      expect(rfm).toMatchObject({ up: count((g) => g < 1500), down: 0, stay: count((g) => g >= 1500), total: growths.length })
      const modeSaved = (await setProgram({ mode: "rfm" })).evaluation
      expect(modeSaved).toMatchObject({ up: rfm.up, down: rfm.down, stay: rfm.stay })
    })

    it("counts customers below the lowest tier alike in the preview and in the distribution", async () => {
      const [silver] = await createTiers([["Silver", 1, 100]])
      await setProgram({ downgrade_policy: "scheduled", protection_days: 0 })
      const now = new Date()
      // One never reached Silver, one did and later fell below it, one is in Silver.
      const [never, fallen, member] = await createCustomers(3, "below")
      await addEntries([
        { customer_id: never, amount: 50, counts_at: at(now, -10) },
        { customer_id: member, amount: 150, counts_at: at(now, -10) },
      ])
      await recordGrowth(fallen, 150, "below:up", at(now, -10))
      await addEntries([{ customer_id: fallen, amount: -100, reason: "manual", counts_at: at(now, -5) }])
      expect(await reevaluateTiers(getContainer(), { now })).toMatchObject({ up: 1, down: 1, stay: 1 })
      expect(await tierIdOf(fallen)).toBeNull()
      expect(await tierIdOf(never)).toBeNull()

      const preview = (await api.post("/admin/membership/tier-program/preview", {}, admin)).data.preview
      expect(preview).toMatchObject({ up: 0, down: 0, stay: 3, total: 3 })
      const before = preview.by_tier.find((row: { tier_id: string | null }) => row.tier_id === null)
      expect(before).toMatchObject({ before: 2, after: 2 })
      const listed = await distribution()
      expect(nonEmpty(listed.tiers)).toEqual({ none: 2, [silver.id]: 1 })
      expect(listed.total_members).toBe(preview.total)
    })

    it("refuses a preview that proposes the same tier id twice", async () => {
      const [silver] = await createTiers([["Silver", 1, 100]])
      const twice = await failure(
        api.post(
          "/admin/membership/tier-program/preview",
          {
            tiers: [
              { id: silver.id, rank: 1, threshold: 100 },
              { id: silver.id, rank: 2, threshold: 500 },
            ],
          },
          admin
        )
      )
      expect(twice.status).toBe(400)
      expect(twice.data.message).toContain("a tier id is proposed twice")
    })

    it("leaves a deleted customer out of the distribution, the preview and later evaluations", async () => {
      const [silver] = await createTiers([
        ["Silver", 1, 100],
        ["Gold", 2, 1000],
      ])
      const [stays] = await createCustomers(1, "deleted")
      // A shopper with an account (Medusa's delete removes the account's login too).
      const publishable = (await storeHeaders(getContainer())).headers["x-publishable-api-key"]
      const leaves = (await registerCustomer(api, publishable, { email: "leaves@tiers.test" })).customerId
      await recordGrowth(stays, 150, "deleted:stays")
      await recordGrowth(leaves, 150, "deleted:leaves")
      // Growth not evaluated yet: the next evaluation would lift `leaves` to Gold.
      await addEntries([{ customer_id: leaves, amount: 1500, counts_at: new Date() }])
      expect(await distribution()).toMatchObject({ total_members: 2 })
      expect(await previewTiers()).toMatchObject({ up: 1, total: 2 })

      await deleteCustomer(leaves)

      const listed = await distribution()
      expect(listed.total_members).toBe(1)
      expect(nonEmpty(listed.tiers)).toEqual({ [silver.id]: 1 })
      expect(await previewTiers()).toMatchObject({ up: 0, down: 0, stay: 1, total: 1 })
      await settle()
      events.length = 0
      expect(await reevaluateTiers(getContainer(), { now: new Date() })).toMatchObject({ up: 0, down: 0, stay: 1 })
      await settle()
      expect(events.filter((event) => event.customer_id === leaves)).toEqual([])
      expect(await tierIdOf(leaves)).toBeNull()
    })

    it("simulates personas against the current rules and suggests thresholds", async () => {
      const [silver, gold, platinum] = await createTiers([
        ["Silver", 1, 100],
        ["Gold", 2, 1000],
        ["Platinum", 3, 5000],
      ])
      await setProgram({
        earn_rates: [{ currency_code: "eur", growth_per_unit: 1, spend_rate: 1 }],
        order_bonus: 20,
        check_in_growth: 5,
      })
      const persona = (name: string, body: Record<string, unknown>) => ({
        name,
        orders_per_month: 0,
        average_order_value: 0,
        currency_code: "eur",
        check_ins_per_week: 0,
        plan_id: null,
        ...body,
      })
      const { data } = await api.post(
        "/admin/membership/tier-program/simulate",
        {
          personas: [
            persona("heavy", { orders_per_month: 8, average_order_value: 100 }),
            persona("light", { orders_per_month: 1, average_order_value: 5 }),
            persona("checker", { check_ins_per_week: 7 }),
          ],
          base: 500,
          multipliers: [1, 6, 30],
        },
        admin
      )
      expect(data.suggested_thresholds).toEqual([500, 3000, 15000])
      const [heavy, light, checker] = data.simulation
      const weeks = (result: { tiers: { tier_id: string; week: number | null }[] }) =>
        [silver, gold, platinum].map((tier) => result.tiers.find((row) => row.tier_id === tier.id)!.week)

      // 96 orders a year of 100 + 20 bonus = 120 each, spread evenly over 364 days.
      expect(heavy).toMatchObject({ persona: "heavy", growth_first_week: 120, growth_12_months: 11520 })
      // Silver: 1st order on day 4 (week 1); Gold: 9th order on day 35 (week 5); Platinum: 42nd on day 160 (week 23).
      expect(weeks(heavy)).toEqual([1, 5, 23])
      expect(heavy.tiers.find((row: { tier_id: string }) => row.tier_id === gold.id)).toMatchObject({ name: "Gold", threshold: 1000 })
      // 12 orders of 25: Silver at the 4th order (day 122, week 18), never Gold or Platinum.
      expect(light).toMatchObject({ growth_12_months: 300 })
      expect(weeks(light)).toEqual([18, null, null])
      // 5 a day: Silver on day 20 (week 3), Gold on day 200 (week 29), Platinum never.
      expect(checker).toMatchObject({ growth_first_week: 35, growth_12_months: 1820 })
      expect(weeks(checker)).toEqual([3, 29, null])

      const withoutBase = (await api.post("/admin/membership/tier-program/simulate", { personas: [persona("p", {})] }, admin)).data
      expect(withoutBase.suggested_thresholds).toBeNull()

      const simulate = (body: unknown) => failure(api.post("/admin/membership/tier-program/simulate", body, admin))
      expect((await simulate({})).status).toBe(400)
      const badCount = await simulate({ personas: [persona("p", { orders_per_month: "lots" })] })
      expect(badCount.status).toBe(400)
      expect(badCount.data.message).toContain("orders_per_month")
      expect((await simulate({ personas: [persona("p", { orders_per_month: -1 })] })).status).toBe(400)
      const badMultipliers = await simulate({ personas: [persona("p", {})], base: 500, multipliers: ["x"] })
      expect(badMultipliers.status).toBe(400)
      expect(badMultipliers.data.message).toContain("multipliers")
    })

    it("flags tier health when one tier holds more than 75% of members", async () => {
      const [silver, gold] = await createTiers([
        ["Silver", 1, 100],
        ["Gold", 2, 1000],
      ])
      const ids = await createCustomers(13, "health")
      const now = new Date()
      await addEntries(ids.slice(0, 10).map((id, i) => ({ customer_id: id, amount: i < 8 ? 150 : 1500, counts_at: now })))
      await reevaluateTiers(getContainer(), { now })

      const flagged = await distribution()
      expect(flagged).toMatchObject({ total_members: 10, flagged: true, dominant_tier_id: silver.id })
      expect(flagged.tiers.find((row) => row.tier_id === silver.id)).toMatchObject({ name: "Silver", members: 8, share: 0.8 })
      expect(flagged.tiers.find((row) => row.tier_id === gold.id)).toMatchObject({ name: "Gold", members: 2, share: 0.2 })

      await recordGrowth(ids[0], 1500, "health:up")
      expect(await distribution()).toMatchObject({ total_members: 10, flagged: false })

      // Exactly 75% is not "more than".
      await recordGrowth(ids[10], 150, "health:10")
      await recordGrowth(ids[11], 150, "health:11")
      const boundary = await distribution()
      expect(boundary.tiers.find((row) => row.tier_id === silver.id)).toMatchObject({ members: 9, share: 0.75 })
      expect(boundary.flagged).toBe(false)
      await recordGrowth(ids[12], 150, "health:12")
      expect(await distribution()).toMatchObject({ total_members: 13, flagged: true, dominant_tier_id: silver.id })
    })

    it(
      "re-evaluates 10,000 seeded members correctly, and a second run changes nothing",
      async () => {
        const tiers = await createTiers([
          ["Silver", 1, 100],
          ["Gold", 2, 1000],
          ["Platinum", 3, 5000],
          ["Diamond", 4, 20000],
        ])
        await setProgram({ window_days: 365, downgrade_policy: "scheduled", protection_days: 0 })
        const now = new Date()
        const N = 10_000

        let started = Date.now()
        const ids = await createCustomers(N, "scale")
        console.log(`seeded ${N} customers in ${Date.now() - started} ms`)

        const next = random(4242)
        const between = (low: number, high: number) => low + Math.floor(next() * (high - low))
        const inWindow = new Map<string, number>()
        const withOldGrowth = new Set<string>()
        const entries: EntrySeed[] = []
        for (const id of ids) {
          const band = next()
          // Target in-window growth: 15% below Silver, 35% Silver, 30% Gold, 15% Platinum, 5% Diamond.
          const target =
            band < 0.15 ? between(1, 100) : band < 0.5 ? between(100, 1000) : band < 0.8 ? between(1000, 5000) : band < 0.95 ? between(5000, 20000) : between(20000, 40000)
          const parts = between(1, 4)
          let left = target
          for (let part = 1; part <= parts; part++) {
            const amount = part === parts ? left : Math.floor(left / 2)
            left -= amount
            if (amount !== 0) {
              entries.push({ customer_id: id, amount, counts_at: at(now, -between(0, 360)) })
            }
          }
          // A quarter also got a refund in the window on top (an order worth more, then the refund).
          if (next() < 0.25) {
            const refund = between(1, 500)
            entries.push({ customer_id: id, amount: refund, counts_at: at(now, -between(30, 300)) })
            entries.push({ customer_id: id, amount: -refund, reason: "refund", counts_at: at(now, -between(0, 29)) })
          }
          inWindow.set(id, target)
          // 40% earned growth long ago that must no longer count (enough to change the tier if it did).
          if (next() < 0.4) {
            entries.push({ customer_id: id, amount: between(1, 30000), counts_at: at(now, -between(366, 900)) })
            withOldGrowth.add(id)
          }
        }
        started = Date.now()
        await addEntries(entries, 5000)
        console.log(`seeded ${entries.length} growth entries in ${Date.now() - started} ms`)

        const expected = new Map(ids.map((id) => [id, expectedTier(tiers, inWindow.get(id)!)?.id ?? null]))
        const expectedCounts: Record<string, number> = {}
        for (const tierId of expected.values()) {
          if (tierId) {
            expectedCounts[tierId] = (expectedCounts[tierId] ?? 0) + 1
          }
        }
        const promoted = [...expected.values()].filter(Boolean).length
        console.log(`expected per tier: ${tiers.map((tier) => `${tier.name} ${expectedCounts[tier.id] ?? 0}`).join(", ")}; below Silver ${N - promoted}`)
        for (const tier of tiers) {
          expect(expectedCounts[tier.id]).toBeGreaterThan(100)
        }

        started = Date.now()
        const first = await reevaluateTiers(getContainer(), { now })
        console.log(`reevaluateTiers over ${N} members: ${Date.now() - started} ms → ${JSON.stringify(first)}`)
        expect(first).toEqual({ up: promoted, down: 0, stay: N - promoted, expired: withOldGrowth.size, synced: promoted })

        // Per customer: the tier computed here from the seeded data.
        const rows = await sql<{ customer_id: string; tier_id: string | null; synced_tier_id: string | null }>(
          `SELECT customer_id, tier_id, synced_tier_id FROM customer_tier WHERE deleted_at IS NULL`
        )
        const actual = new Map(rows.map((row) => [row.customer_id, row.tier_id]))
        const mismatches = ids.filter((id) => (actual.get(id) ?? null) !== expected.get(id))
        expect(mismatches.slice(0, 5).map((id) => ({ id, growth: inWindow.get(id), expected: expected.get(id), actual: actual.get(id) }))).toEqual([])
        expect(rows.every((row) => row.tier_id === row.synced_tier_id)).toBe(true)

        // Per tier, through the module and the admin API.
        expect(tierBuckets(nonEmpty(await memberships().tierDistribution()))).toEqual(expectedCounts)
        const listed = await distribution()
        expect(tierBuckets(nonEmpty(listed.tiers))).toEqual(expectedCounts)

        // Customer groups: counts per managed group, and who is in which.
        for (const tier of tiers) {
          const inGroup = await customerModule().listCustomerGroupCustomers(
            { customer_group_id: tier.customer_group_id },
            { take: null, select: ["customer_id"] }
          )
          expect({ tier: tier.name, members: inGroup.length }).toEqual({ tier: tier.name, members: expectedCounts[tier.id] })
        }
        const tierOfGroup = new Map(tiers.map((tier) => [tier.customer_group_id, tier.id]))
        const links = await customerModule().listCustomerGroupCustomers(
          { customer_group_id: tiers.map((tier) => tier.customer_group_id) },
          { take: null, select: ["customer_id", "customer_group_id"] }
        )
        const groupTier = new Map<string, string>()
        for (const link of links) {
          expect(groupTier.has(link.customer_id)).toBe(false) // one managed group per customer
          groupTier.set(link.customer_id, tierOfGroup.get(link.customer_group_id)!)
        }
        expect(ids.filter((id) => (groupTier.get(id) ?? null) !== expected.get(id))).toEqual([])

        // The ledger now equals the in-window growth of every customer (expiry entries took the rest out).
        const sums = await sql<{ customer_id: string; total: number; expiries: number }>(
          `SELECT customer_id, SUM(amount)::int AS total, COUNT(*) FILTER (WHERE reason = 'expiry')::int AS expiries
           FROM growth_entry WHERE deleted_at IS NULL GROUP BY customer_id`
        )
        expect(sums).toHaveLength(N)
        expect(sums.filter((row) => row.total !== inWindow.get(row.customer_id))).toEqual([])
        expect(sums.filter((row) => row.expiries !== (withOldGrowth.has(row.customer_id) ? 1 : 0))).toEqual([])

        // A second run changes nothing.
        const entryCount = async () => (await sql<{ n: number }>(`SELECT COUNT(*)::int AS n FROM growth_entry`))[0].n
        const entriesBefore = await entryCount()
        started = Date.now()
        const second = await reevaluateTiers(getContainer(), { now })
        console.log(`second reevaluateTiers over ${N} members: ${Date.now() - started} ms → ${JSON.stringify(second)}`)
        expect(second).toEqual({ up: 0, down: 0, stay: N, expired: 0, synced: 0 })
        expect(await entryCount()).toBe(entriesBefore)
        expect(tierBuckets(nonEmpty(await memberships().tierDistribution()))).toEqual(expectedCounts)
      },
      600_000
    )
  })
