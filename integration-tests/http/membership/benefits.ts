import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { adminHeaders, storeHeaders } from "../../helpers/auth"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"

const DAY_MS = 86_400_000

type StoreBenefits = {
  current: { id: string }[]
  plans: { plan_id: string; adds: { id: string }[] }[]
  next_tier: { tier_id: string; adds: { id: string }[] } | null
}

export const benefitsSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("benefits", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let publishable: { headers: Record<string, string> }
    let plus: { id: string }
    let silver: { id: string }
    let gold: { id: string }

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const create = async (body: Record<string, unknown>) => (await api.post("/admin/membership/benefits", body, admin)).data.benefit
    const discount = (extra: Record<string, unknown> = {}) => ({
      name: "10% off for members",
      type: "member_discount",
      config: { percentage: 10, scope: "order" },
      ...extra,
    })

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(api, container)
      publishable = await storeHeaders(container)
      plus = await memberships().createMembershipPlans({ name: "PLUS", handle: "plus", dunning_offsets: [1] as never })
      silver = (await api.post("/admin/membership/tiers", { name: "Silver", rank: 1, threshold: 100 }, admin)).data.tier
      gold = (await api.post("/admin/membership/tiers", { name: "Gold", rank: 2, threshold: 500 }, admin)).data.tier
    })

    describe("the catalogue", () => {
      it("creates a benefit per type, its config checked against its type, with defaults filled in", async () => {
        const created = await create(discount({ plan_ids: [plus.id], tier_ids: [gold.id] }))
        expect(created).toMatchObject({ id: expect.stringMatching(/^mbnft_/), status: "active", plan_ids: [plus.id], tier_ids: [gold.id] })

        const shipping = await create({ name: "Free shipping", type: "free_shipping", config: {} })
        expect(shipping.config).toEqual({ shipping_option_ids: null, min_subtotal: [] })
        const coupons = await create({
          name: "Monthly coupons",
          type: "coupon_drop",
          config: { codes_per_month: 2, value_type: "fixed", value: 5, currency_code: "EUR" },
        })
        expect(coupons.config).toEqual({ codes_per_month: 2, value_type: "fixed", value: 5, currency_code: "eur", valid_days: 30 })

        const refusals = await Promise.all(
          [
            discount({ config: { percentage: 120, scope: "order" } }),
            discount({ config: { percentage: 10, scope: "categories" } }),
            { name: "Coupons", type: "coupon_drop", config: { codes_per_month: 1, value_type: "fixed", value: 5 } },
            { name: "Points", type: "points_multiplier", config: { multiplier: 1 } },
            discount({ plan_ids: ["mplan_missing"] }),
            discount({ starts_at: "2026-02-01", ends_at: "2026-01-01" }),
            discount({ cost_per_use: 2 }),
            discount({ type: "teleport" }),
            discount({ ends_at: true }),
            discount({ starts_at: -1 }),
            discount({ ends_at: 1.5 }),
            discount({ starts_at: ["2026-01-01"] }),
            discount({ ends_at: "next week" }),
          ].map((body) => failure(api.post("/admin/membership/benefits", body, admin)))
        )
        expect(refusals.map((refusal) => refusal.status)).toEqual(Array(13).fill(400))
        expect(refusals.map((refusal) => refusal.data.message)).toEqual([
          expect.stringMatching(/config\.percentage/),
          expect.stringMatching(/category_ids is required/),
          expect.stringMatching(/currency_code is required/),
          expect.stringMatching(/config\.multiplier/),
          "Unknown plan ids: mplan_missing",
          expect.stringMatching(/ends_at must be after starts_at/),
          expect.stringMatching(/cost_currency_code is required/),
          expect.stringMatching(/type/),
          expect.stringMatching(/ends_at/),
          expect.stringMatching(/starts_at/),
          expect.stringMatching(/ends_at/),
          expect.stringMatching(/starts_at/),
          expect.stringMatching(/ends_at must be an ISO 8601 date/),
        ])
      })

      it("updates a benefit within its type, and deletes it", async () => {
        const benefit = await create(discount())
        const { data } = await api.post(`/admin/membership/benefits/${benefit.id}`, { config: { percentage: 15, scope: "order" }, tier_ids: [silver.id] }, admin)
        expect(data.benefit).toMatchObject({ config: { percentage: 15, scope: "order" }, tier_ids: [silver.id] })
        expect((await failure(api.post(`/admin/membership/benefits/${benefit.id}`, { type: "identity" }, admin))).status).toBe(400)
        const wrongConfig = await failure(api.post(`/admin/membership/benefits/${benefit.id}`, { config: { label: "VIP" } }, admin))
        expect(wrongConfig.status).toBe(400)
        expect((await api.get(`/admin/membership/benefits/${benefit.id}`, admin)).data.benefit.config.percentage).toBe(15)
        const badWindow = await failure(api.post(`/admin/membership/benefits/${benefit.id}`, { ends_at: true }, admin))
        expect(badWindow.status).toBe(400)
        expect(badWindow.data.message).toMatch(/ends_at/)
        const dated = (await api.post(`/admin/membership/benefits/${benefit.id}`, { ends_at: "2030-01-31T12:00:00+02:00" }, admin)).data.benefit
        expect(dated.ends_at).toBe("2030-01-31T10:00:00.000Z")
        expect((await api.post(`/admin/membership/benefits/${benefit.id}`, { ends_at: null }, admin)).data.benefit.ends_at).toBeNull()

        expect((await api.delete(`/admin/membership/benefits/${benefit.id}`, admin)).data).toEqual({
          id: benefit.id,
          object: "membership_benefit",
          deleted: true,
        })
        expect((await failure(api.get(`/admin/membership/benefits/${benefit.id}`, admin))).status).toBe(404)
      })

      it("lists benefits filtered by type, status, plan and tier, paginated", async () => {
        await create(discount({ plan_ids: [plus.id] }))
        await create({ name: "Gold badge", type: "identity", config: { label: "Gold" }, tier_ids: [gold.id] })
        await create({ name: "Old line", type: "service", config: {}, status: "archived" })
        const list = async (query: string) => (await api.get(`/admin/membership/benefits?${query}`, admin)).data
        expect((await list("limit=2")).benefits).toHaveLength(2)
        expect(await list("limit=2")).toMatchObject({ count: 3, offset: 0, limit: 2 })
        expect((await list("type=identity")).benefits.map((b: { name: string }) => b.name)).toEqual(["Gold badge"])
        expect((await list("status=archived")).benefits.map((b: { name: string }) => b.name)).toEqual(["Old line"])
        expect((await list(`plan_id=${plus.id}`)).benefits.map((b: { name: string }) => b.name)).toEqual(["10% off for members"])
        expect((await list(`tier_id=${gold.id}`)).count).toBe(1)
        expect((await failure(api.get("/admin/membership/benefits?limit=500", admin))).status).toBe(400)
      })
    })

    describe("GET /store/membership/benefits", () => {
      let shopper: CustomerSession
      const benefits = async (headers: Record<string, string>) => (await api.get("/store/membership/benefits", { headers })).data as StoreBenefits
      const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort()

      beforeEach(async () => {
        shopper = await registerCustomer(api, publishable.headers["x-publishable-api-key"], { email: "member@benefits.test" })
      })

      it("shows what the shopper has from their plan and tier, and what a plan or the next tier would add", async () => {
        const planDiscount = await create(discount({ plan_ids: [plus.id] }))
        const silverBadge = await create({ name: "Silver badge", type: "identity", config: { label: "Silver" }, tier_ids: [silver.id] })
        const goldShipping = await create({ name: "Free shipping", type: "free_shipping", config: {}, tier_ids: [gold.id] })
        await create({ name: "Archived", type: "service", config: {}, plan_ids: [plus.id], status: "archived" })
        await create({ name: "Not yet", type: "service", config: {}, plan_ids: [plus.id], starts_at: new Date(Date.now() + DAY_MS) })

        const guest = await benefits(publishable.headers)
        expect(guest.current).toEqual([])
        expect(guest.plans).toEqual([{ plan_id: plus.id, name: "PLUS", adds: [expect.objectContaining({ id: planDiscount.id, type: "member_discount" })] }])
        expect(ids(guest.next_tier!.adds)).toEqual([silverBadge.id])

        // Gold by growth: Silver's badge and Gold's shipping; the plan would add its discount.
        await api.post(`/admin/membership/customers/${shopper.customerId}/growth`, { amount: 600, note: "test" }, admin)
        const tiered = await benefits(shopper.headers)
        expect(ids(tiered.current)).toEqual(ids([silverBadge, goldShipping]))
        expect(ids(tiered.plans[0].adds)).toEqual([planDiscount.id])
        expect(tiered.next_tier).toBeNull()

        // A live membership of the plan grants its discount; an expired one does not.
        const now = Date.now()
        const member = await memberships().createMemberships({
          customer_id: shopper.customerId,
          plan_id: plus.id,
          status: "active",
          current_period_start: new Date(now - DAY_MS),
          current_period_end: new Date(now + 30 * DAY_MS),
        } as never)
        expect(ids((await benefits(shopper.headers)).current)).toEqual(ids([planDiscount, silverBadge, goldShipping]))
        await memberships().updateMemberships({ id: member.id, status: "expired", current_period_end: new Date(now - 1) } as never)
        expect(ids((await benefits(shopper.headers)).current)).toEqual(ids([silverBadge, goldShipping]))
      })
    })
  })
