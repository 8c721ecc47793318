import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { issueCouponDrops } from "../../../src/workflows/benefits"
import { adminHeaders } from "../../helpers/auth"
import { addAddressAndShipping, completeCart, createCart, startPayment } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"

const DAY_MS = 86_400_000
// The job's clock: a month ahead of the real one, so the codes it issues are valid now too.
const JANUARY = new Date("2027-01-10T00:20:00Z")
const FEBRUARY = new Date("2027-02-10T00:20:00Z")

type StoreCoupon = {
  code: string
  benefit: { id: string; name: string }
  value_type: string
  value: number
  currency_code: string | null
  period: string
  expires_at: string
  used: boolean
  expired: boolean
}

export const couponDropsSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("coupon drops", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let plus: { id: string }
    let gold: { id: string }
    let member: CustomerSession
    let lapsed: CustomerSession
    let silverShopper: CustomerSession
    let goldShopper: CustomerSession
    let platinumShopper: CustomerSession
    let stranger: CustomerSession
    let planCoupons: { id: string }
    let goldCoupons: { id: string }

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const promotions = () => getContainer().resolve<IPromotionModuleService>(Modules.PROMOTION)
    const createBenefit = async (body: Record<string, unknown>) => (await api.post("/admin/membership/benefits", body, admin)).data.benefit
    const run = (now: Date) => issueCouponDrops(getContainer(), { now, batchSize: 2 })
    const couponsOf = (customer: CustomerSession) =>
      memberships().listMemberCoupons({ customer_id: customer.customerId }, { order: { period: "ASC", sequence: "ASC" } })
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.entries({ member, lapsed, silverShopper, goldShopper, platinumShopper, stranger }).map(async ([name, customer]) => [
            name,
            (await couponsOf(customer)).length,
          ])
        )
      )
    const storeCoupons = async (customer: CustomerSession, query = "") =>
      (await api.get(`/store/membership/coupons${query}`, { headers: customer.headers })).data as {
        coupons: StoreCoupon[]
        count: number
        offset: number
        limit: number
      }
    const withMembership = async (customer: CustomerSession, status: string, end: Date) =>
      memberships().createMemberships({
        customer_id: customer.customerId,
        plan_id: plus.id,
        status,
        current_period_start: new Date(end.getTime() - 365 * DAY_MS),
        current_period_end: end,
      } as never)
    const growth = (customer: CustomerSession, amount: number) =>
      api.post(`/admin/membership/customers/${customer.customerId}/growth`, { amount, note: "test" }, admin)

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(api, container)
      store = await createStoreFixture(container, { currencies: ["eur", "usd"], products: [{ title: "Tea", prices: { eur: 50, usd: 60 } }] })
      const key = store.publishableKey
      plus = await memberships().createMembershipPlans({ name: "PLUS", handle: "plus", dunning_offsets: [1] as never })
      await api.post("/admin/membership/tiers", { name: "Silver", rank: 1, threshold: 100 }, admin)
      gold = (await api.post("/admin/membership/tiers", { name: "Gold", rank: 2, threshold: 500 }, admin)).data.tier
      await api.post("/admin/membership/tiers", { name: "Platinum", rank: 3, threshold: 1000 }, admin)

      ;[member, lapsed, silverShopper, goldShopper, platinumShopper, stranger] = await Promise.all(
        ["member", "lapsed", "silver", "gold", "platinum", "stranger"].map((name) => registerCustomer(api, key, { email: `${name}@coupons.test` }))
      )
      await withMembership(member, "active", new Date("2027-06-01T00:00:00Z"))
      await withMembership(lapsed, "expired", new Date("2027-01-01T00:00:00Z"))
      await growth(silverShopper, 150)
      await growth(goldShopper, 600)
      await growth(platinumShopper, 1200)

      planCoupons = await createBenefit({
        name: "PLUS monthly coupons",
        type: "coupon_drop",
        config: { codes_per_month: 2, value_type: "fixed", value: 5, currency_code: "EUR", valid_days: 30 },
        plan_ids: [plus.id],
      })
      goldCoupons = await createBenefit({
        name: "Gold 10% coupon",
        type: "coupon_drop",
        config: { codes_per_month: 1, value_type: "percentage", value: 10 },
        tier_ids: [gold.id],
      })
      await createBenefit({
        name: "Retired coupons",
        type: "coupon_drop",
        config: { codes_per_month: 3, value_type: "percentage", value: 50 },
        plan_ids: [plus.id],
        tier_ids: [gold.id],
        status: "archived",
      })
    })

    describe("the monthly job", () => {
      it("reaches a past-due member until their last retry and grace period are over, as their benefits do", async () => {
        // PLUS retries one day after the due date and has no grace: benefits end a day after it.
        const [stillGranted, overdue] = await Promise.all(
          ["still-granted", "overdue"].map((name) => registerCustomer(api, store.publishableKey, { email: `${name}@coupons.test` }))
        )
        await withMembership(stillGranted, "past_due", new Date(JANUARY.getTime() - DAY_MS / 2))
        await withMembership(overdue, "past_due", new Date(JANUARY.getTime() - 2 * DAY_MS))
        await run(JANUARY)
        expect((await couponsOf(stillGranted)).length).toBe(2)
        expect(await couponsOf(overdue)).toEqual([])
      })

      it("gives each eligible member the month's codes once, however often and concurrently it runs", async () => {
        const expected = { member: 2, lapsed: 0, silverShopper: 0, goldShopper: 1, platinumShopper: 1, stranger: 0 }
        const [first, second] = await Promise.all([run(JANUARY), run(JANUARY)])
        expect(first.issued + second.issued).toBe(4)
        expect(await counts()).toEqual(expected)
        const again = await run(JANUARY)
        expect(again).toMatchObject({ period: "2027-01", claimed: 0, issued: 0, errors: 0 })
        expect(await counts()).toEqual(expected)

        const coupons = await couponsOf(member)
        expect(coupons.map((coupon) => [coupon.benefit_id, coupon.period, coupon.sequence])).toEqual([
          [planCoupons.id, "2027-01", 1],
          [planCoupons.id, "2027-01", 2],
        ])
        expect(new Set(coupons.map((coupon) => coupon.code)).size).toBe(2)
        for (const coupon of coupons) {
          expect(coupon.code).toMatch(/^MBR-(\w{5}-){3}\w{5}$/)
          expect(coupon.expires_at.toISOString()).toBe("2027-02-09T00:00:00.000Z")
        }
        const promotion = await promotions().retrievePromotion(coupons[0].promotion_id!, {
          relations: ["application_method", "rules", "rules.values", "campaign"],
        })
        expect(promotion).toMatchObject({
          code: coupons[0].code,
          type: "standard",
          status: "active",
          is_automatic: false,
          limit: 1,
          used: 0,
          application_method: { type: "fixed", target_type: "order", allocation: "across", value: 5, currency_code: "eur" },
        })
        expect(promotion.rules!.map((rule) => [rule.attribute, rule.values!.map((value) => value.value)])).toEqual([
          ["customer.id", [member.customerId]],
        ])
        expect(new Date(promotion.campaign!.ends_at!).toISOString()).toBe("2027-02-09T00:00:00.000Z")

        // The next month: as many again.
        await run(FEBRUARY)
        await run(FEBRUARY)
        expect(await counts()).toEqual({ ...expected, member: 4, goldShopper: 2, platinumShopper: 2 })
        expect((await couponsOf(member)).filter((coupon) => coupon.period === "2027-02")).toHaveLength(2)
      })

      it("finishes codes an interrupted run claimed without promotions", async () => {
        await memberships().claimMemberCoupons([
          {
            id: "mcpn_interrupted",
            benefit_id: planCoupons.id,
            customer_id: member.customerId,
            period: "2027-01",
            sequence: 1,
            code: "MBR-INTRP-TDRUN-00000-00001",
            value_type: "fixed",
            value: 5,
            currency_code: "eur",
            expires_at: "2027-02-09T00:00:00.000Z",
          },
        ])
        const summary = await run(JANUARY)
        expect(summary).toMatchObject({ claimed: 3, issued: 4, errors: 0 })
        const coupons = await couponsOf(member)
        expect(coupons.map((coupon) => [coupon.id === "mcpn_interrupted", Boolean(coupon.promotion_id)])).toEqual([
          [true, true],
          [false, true],
        ])
        const [promotion] = await promotions().listPromotions({ id: coupons[0].promotion_id! })
        expect(promotion.code).toBe("MBR-INTRP-TDRUN-00000-00001")
      })

      it("issues nothing once the membership lapses or the benefit is archived", async () => {
        await run(JANUARY)
        await api.post(`/admin/membership/benefits/${goldCoupons.id}`, { status: "archived" }, admin)
        const [membership] = await memberships().listMemberships({ customer_id: member.customerId })
        await memberships().updateMemberships({ id: membership.id, status: "expired", current_period_end: new Date("2027-02-01T00:00:00Z") } as never)
        expect(await run(FEBRUARY)).toMatchObject({ benefits: 1, claimed: 0, issued: 0 })
        expect(await counts()).toEqual({ member: 2, lapsed: 0, silverShopper: 0, goldShopper: 1, platinumShopper: 1, stranger: 0 })
      })
    })

    describe("what shoppers and merchants see", () => {
      it("lists the shopper's own codes, newest first, paginated; guests get 401", async () => {
        await run(JANUARY)
        await run(FEBRUARY)
        const mine = await storeCoupons(member)
        expect(mine).toMatchObject({ count: 4, offset: 0, limit: 20 })
        expect(mine.coupons.map((coupon) => coupon.period)).toEqual(["2027-02", "2027-02", "2027-01", "2027-01"])
        expect(mine.coupons[0]).toMatchObject({
          benefit: { id: planCoupons.id, name: "PLUS monthly coupons" },
          value_type: "fixed",
          value: 5,
          currency_code: "eur",
          used: false,
          expired: false,
        })
        const ownCodes = new Set((await couponsOf(member)).map((coupon) => coupon.code))
        expect(mine.coupons.every((coupon) => ownCodes.has(coupon.code))).toBe(true)

        const page = await storeCoupons(member, "?limit=1&offset=1")
        expect(page).toMatchObject({ count: 4, offset: 1, limit: 1 })
        expect(page.coupons[0].code).toBe(mine.coupons[1].code)

        const golds = await storeCoupons(goldShopper)
        expect(golds.coupons.map((coupon) => [coupon.benefit.name, coupon.value_type, coupon.value, coupon.currency_code])).toEqual([
          ["Gold 10% coupon", "percentage", 10, null],
          ["Gold 10% coupon", "percentage", 10, null],
        ])
        expect((await storeCoupons(stranger)).coupons).toEqual([])
        expect((await failure(api.get("/store/membership/coupons", store.store))).status).toBe(401)
        expect((await failure(api.get("/store/membership/coupons?limit=500", { headers: member.headers }))).status).toBe(400)

        const merchant = (await api.get(`/admin/membership/customers/${member.customerId}/coupons?limit=2`, admin)).data
        expect(merchant).toMatchObject({ customer_id: member.customerId, count: 4, limit: 2 })
        expect(merchant.coupons.map((coupon: StoreCoupon) => coupon.code)).toEqual(mine.coupons.slice(0, 2).map((coupon) => coupon.code))
        expect((await failure(api.get("/admin/membership/customers/cus_missing/coupons", admin))).status).toBe(404)
      })
    })

    describe("at checkout", () => {
      const cartOf = async (headers: Record<string, string>, currency = "eur") =>
        createCart(api, { headers, regionId: store.regions[currency].id, items: [{ variant_id: store.products[0].variantId }] })
      const apply = (cartId: string, code: string, headers: Record<string, string>) =>
        api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, { headers })
      const prepare = async (cartId: string, headers: Record<string, string>) => {
        await addAddressAndShipping(api, cartId, { headers, regionId: store.regions.eur.id })
        await startPayment(api, cartId, { headers, providerId: "pp_system_default" })
      }
      const place = async (cartId: string, headers: Record<string, string>) => {
        await prepare(cartId, headers)
        return completeCart(api, cartId, headers)
      }

      it("takes the coupon's value off the member's order once, and nobody else's", async () => {
        await run(JANUARY)
        const [code] = (await storeCoupons(member)).coupons.map((coupon) => coupon.code)

        const stolen = await failure(apply((await cartOf(goldShopper.headers)).id, code, goldShopper.headers))
        expect(stolen.status).toBe(400)
        expect(stolen.data.message).toMatch(/belongs to another customer/)
        expect((await failure(apply((await cartOf(store.store.headers)).id, code, store.store.headers))).status).toBe(400)
        const dollars = await failure(apply((await cartOf(member.headers, "usd")).id, code, member.headers))
        expect(dollars.status).toBe(400)
        expect(dollars.data.message).toMatch(/is for carts in EUR/)

        const cart = await cartOf(member.headers)
        const { data } = await apply(cart.id, code, member.headers)
        expect(data.cart).toMatchObject({ discount_total: 5, total: 45 })
        expect(data.cart.promotions.map((promotion: { code: string }) => promotion.code)).toEqual([code])
        const completed = await place(cart.id, member.headers)
        expect(completed.type).toBe("order")
        expect(completed.order.discount_total).toBe(5)
        expect((await storeCoupons(member)).coupons.find((coupon) => coupon.code === code)).toMatchObject({ used: true })

        const again = await failure(apply((await cartOf(member.headers)).id, code, member.headers))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/has already been used/)

        // An expired code is refused and shown as expired.
        const [, other] = await couponsOf(member)
        await memberships().updateMemberCoupons({ id: other.id, expires_at: new Date(Date.now() - 1000) })
        const late = await failure(apply((await cartOf(member.headers)).id, other.code, member.headers))
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/has expired/)
        expect((await storeCoupons(member)).coupons.find((coupon) => coupon.code === other.code)).toMatchObject({ used: false, expired: true })

        // A percentage coupon, in any currency.
        const [percent] = (await storeCoupons(goldShopper)).coupons
        const goldCart = await cartOf(goldShopper.headers, "usd")
        expect((await apply(goldCart.id, percent.code, goldShopper.headers)).data.cart).toMatchObject({ discount_total: 6, total: 54 })
      })

      it("lets a code apply to one order only, even with two carts holding it", async () => {
        await run(JANUARY)
        const [code] = (await storeCoupons(member)).coupons.map((coupon) => coupon.code)
        const first = await cartOf(member.headers)
        const second = await cartOf(member.headers)
        for (const cart of [first, second]) {
          await apply(cart.id, code, member.headers)
          await prepare(cart.id, member.headers)
        }
        expect((await completeCart(api, first.id, member.headers)).type).toBe("order")
        const refused = await completeCart(api, second.id, member.headers)
        expect(refused.type).not.toBe("order")
        expect(JSON.stringify(refused)).toMatch(/limit/i)
      })
    })
  })
