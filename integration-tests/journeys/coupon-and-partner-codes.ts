import { createHash } from "node:crypto"
import { issueCouponDrops } from "../../src/workflows/benefits"
import { failure } from "../helpers/http"
import { joinAtCheckout } from "./join-at-checkout"
import { eventually, type JourneyContext, uniqueSuffix } from "./support/context"
import { cents, type Currency, DEMO, type DemoStore } from "./support/demo"
import { merchant } from "./support/merchant"
import { type Shopper, storefrontCart } from "./support/shopper"

/** The demo's coupon drop and partner benefit, as scripts/seed/coupons.ts and partners.ts create them. */
export const DEMO_CODES = {
  couponDrop: { name: "PLUS monthly coupons", perMonth: 2, value: 6, currency: "eur", validDays: 30 },
  partner: { name: "StreamCo Video", benefit: "StreamCo video month", pool: 5, validDays: 90, costPerUse: 3, costCurrency: "eur" },
  /** The tier program's time zone (scripts/seed/tiers.ts): months and store days are counted in it. */
  timeZone: "Europe/Paris",
} as const

const DAY_MS = 86_400_000

/** "YYYY-MM-DD" of an instant in the store's time zone. */
const storeDay = (at: Date) => at.toLocaleDateString("sv-SE", { timeZone: DEMO_CODES.timeZone })

/** The instant the store day `days` after `at`'s store day begins (Paris is UTC+1 or UTC+2). */
export function storeMidnightAfter(at: Date, days: number): Date {
  const day = new Date(Date.parse(`${storeDay(at)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
  const midnight = [1, 2]
    .map((hours) => new Date(Date.parse(`${day}T00:00:00Z`) - hours * 3_600_000))
    .find((candidate) => candidate.toLocaleString("sv-SE", { timeZone: DEMO_CODES.timeZone }) === `${day} 00:00:00`)
  return midnight!
}

type StoreCoupon = { code: string; benefit: { name: string }; value_type: string; value: number; currency_code: string | null; period: string; expires_at: string; used: boolean; expired: boolean }
type Usage = { benefit_type: string; value: number | string; currency_code: string; order_id: string | null; membership_id: string | null; reversed_value: number | string }
type Promo = { value: number; type: "percentage" | "fixed" }

/**
 * README "Stacking": promotions apply by `application_method.value` descending, each to what the
 * ones before it left of the line; none takes more than is left. Answers each one's amount, in
 * the order given.
 */
export function stackOnLine(lineSubtotal: number, promotions: Promo[]) {
  let left = lineSubtotal
  const amounts = new Map<Promo, number>()
  for (const promotion of [...promotions].sort((a, b) => b.value - a.value)) {
    const amount = Math.min(left, promotion.type === "percentage" ? (left * promotion.value) / 100 : promotion.value)
    amounts.set(promotion, amount)
    left -= amount
  }
  return promotions.map((promotion) => amounts.get(promotion)!)
}

const partnerFingerprint = (code: string) => createHash("sha256").update(code, "utf8").digest("hex").slice(0, 12)

/**
 * Journey 6: a PLUS Annual member (journey 1) gets this month's coupon drop when the daily job
 * runs, and claims the StreamCo video month in the same membership period. In EUR the coupon
 * is spent at checkout, stacked with the member discount, and cannot be spent twice; in USD
 * the EUR code is refused and stays unused. StreamCo looks the code up and redeems it (a
 * retried till included); the merchant sees one benefit usage per code.
 */
export async function couponAndPartnerCodes(ctx: JourneyContext, demo: DemoStore, currency: Currency) {
  if (!ctx.container || !ctx.partnerKey) {
    throw new Error("journey 6 runs the coupon drop job itself and calls the partner API: it needs the container and the partner's key")
  }
  const shop = merchant(ctx)
  const { shopper: member, membership } = await joinAtCheckout(ctx, demo, currency)
  const store = { headers: member.headers }

  // The daily job: this month's two codes, once however often it runs.
  const now = new Date()
  await issueCouponDrops(ctx.container(), { now })
  const listCoupons = async () => (await ctx.api.get("/store/membership/coupons", store)).data.coupons as StoreCoupon[]
  const drop = DEMO_CODES.couponDrop
  const issued = await listCoupons()
  expect(issued).toHaveLength(drop.perMonth)
  for (const coupon of issued) {
    expect(coupon).toMatchObject({
      benefit: { name: drop.name },
      value_type: "fixed",
      value: drop.value,
      currency_code: drop.currency,
      period: storeDay(now).slice(0, 7),
      used: false,
      expired: false,
    })
    // Good through the store day valid_days - 1 after the issue.
    expect(new Date(coupon.expires_at).toISOString()).toBe(storeMidnightAfter(now, drop.validDays).toISOString())
  }
  await issueCouponDrops(ctx.container(), { now })
  expect((await listCoupons()).map((coupon) => coupon.code).sort()).toEqual(issued.map((coupon) => coupon.code).sort())
  const merchantView = (await ctx.api.get(`/admin/membership/customers/${member.customerId}/coupons`, ctx.admin)).data.coupons
  expect(merchantView.map((coupon: StoreCoupon) => coupon.code).sort()).toEqual(issued.map((coupon) => coupon.code).sort())

  const partner = await claimPartnerCode(ctx, member, membership.id)

  const code = issued[0].code
  const order = currency === drop.currency ? await spendCoupon(ctx, demo, member, code) : await refuseCouponInOtherCurrency(ctx, demo, member, code)

  await partnerRedeems(ctx, partner.code, partner.partnerId)
  expect(await partner.poolCounts()).toEqual({ ...partner.claimed, assigned: partner.claimed.assigned - 1, redeemed: partner.claimed.redeemed + 1 })

  // One usage per code: the coupon's on its order (with the order's other benefits), the
  // partner code's at its claim, valued at the benefit's cost.
  const usages: Usage[] = await shop.benefitUsages({ customer_id: member.customerId })
  const partnerRows = usages.filter((usage) => usage.benefit_type === "partner")
  expect(partnerRows.map((usage) => [Number(usage.value), usage.currency_code, usage.order_id, usage.membership_id, Number(usage.reversed_value)])).toEqual([
    [DEMO_CODES.partner.costPerUse, DEMO_CODES.partner.costCurrency, null, membership.id, 0],
  ])
  const couponRows = usages.filter((usage) => usage.benefit_type === "coupon_drop")
  expect(couponRows.map((usage) => [Number(usage.value), usage.currency_code, usage.order_id, usage.membership_id])).toEqual(
    order ? [[drop.value, drop.currency, order.id, membership.id]] : []
  )
  return { member, coupons: issued, partnerCode: partner.code, order }
}

/** The member claims the StreamCo video month: one pool code for this membership period, however often they ask. */
async function claimPartnerCode(ctx: JourneyContext, member: Shopper, membershipId: string) {
  const store = { headers: member.headers }
  const { data: partners } = await ctx.api.get(`/admin/partners?q=${encodeURIComponent(DEMO_CODES.partner.name)}`, ctx.admin)
  const partnerId = partners.partners[0].id as string
  const poolCounts = async () => (await ctx.api.get(`/admin/partners/${partnerId}/benefits`, ctx.admin)).data.benefits[0].codes
  const before = await poolCounts()

  const { data: offered } = await ctx.api.get("/store/partner-benefits", store)
  expect(offered.benefits).toHaveLength(1)
  const benefit = offered.benefits[0]
  expect(benefit).toMatchObject({
    name: DEMO_CODES.partner.benefit,
    partner: { id: partnerId, name: DEMO_CODES.partner.name },
    entitlement: "period",
    claimable: true,
    unclaimable_reason: null,
    code: null,
  })

  const claimedAt = new Date()
  const claim = await ctx.api.post(`/store/partner-benefits/${benefit.id}/claim`, {}, store)
  expect(claim.status).toBe(201)
  const code = claim.data.code
  expect(code).toMatchObject({ status: "assigned", benefit: { id: benefit.id, name: DEMO_CODES.partner.benefit }, entitlement_key: benefit.entitlement_key, redeemed_at: null })
  expect(code.code).toMatch(/^SCV-\w{4}-\w{4}$/)
  // The pool's codes have no expiry of their own: code_valid_days from the claim.
  expect(new Date(code.expires_at).toISOString()).toBe(storeMidnightAfter(claimedAt, DEMO_CODES.partner.validDays).toISOString())
  // The entitlement is the membership period being paid for now (one period: the plan just bought).
  const { data: held } = await ctx.api.get(`/admin/membership/memberships/${membershipId}`, ctx.admin)
  expect(held.membership.periods).toHaveLength(1)
  expect(benefit.entitlement_key).toBe(`period:${held.membership.periods[0].id}`)

  const again = await ctx.api.post(`/store/partner-benefits/${benefit.id}/claim`, {}, store)
  expect(again.status).toBe(200)
  expect(again.data).toMatchObject({ created: false, code: { id: code.id, code: code.code } })
  const { data: after } = await ctx.api.get("/store/partner-benefits", store)
  expect(after.benefits[0]).toMatchObject({ claimable: false, unclaimable_reason: "claimed", code: { code: code.code } })
  expect(after.codes.map((held: { code: string }) => held.code)).toEqual([code.code])
  expect(await poolCounts()).toEqual({ ...before, available: before.available - 1, assigned: before.assigned + 1 })
  return { code: code.code as string, partnerId, poolCounts, claimed: await poolCounts() }
}

/** EUR: the coupon stacked with the 5% member discount, the order placed, the code used up. */
async function spendCoupon(ctx: JourneyContext, demo: DemoStore, member: Shopper, code: string) {
  const currency: Currency = "eur"
  const cart = storefrontCart(ctx, demo, member, currency)
  await cart.create()
  await cart.add(demo.variants["wireless-earbuds"])
  await cart.ship()
  const applied = (await ctx.api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: [code] }, { headers: member.headers })).data.cart
  expect(applied.promotions.map((promotion: { code: string }) => promotion.code)).toContain(code)

  // Independently: the member price, then the 6 € code and the member's 5% of what it leaves, as
  // README "Stacking" says (by value, the larger first).
  const goods = DEMO.products["wireless-earbuds"].plus[currency]
  const [memberDiscount, couponDiscount] = stackOnLine(goods, [
    { type: "percentage", value: DEMO.annualDiscountPercent },
    { type: "fixed", value: DEMO_CODES.couponDrop.value },
  ])
  const discount = cents(memberDiscount + couponDiscount)
  const total = cents(goods - discount)
  expect(goods).toBeGreaterThanOrEqual(DEMO.freeShippingFrom[currency])
  expect(applied.items[0].unit_price).toBe(goods)
  expect(cents(applied.discount_total)).toBe(cents(discount + DEMO.shipping[currency]))
  expect(applied.shipping_total).toBe(0)
  expect(cents(applied.total)).toBe(total)

  await cart.pay()
  const completion = await cart.complete()
  expect(completion).toMatchObject({ type: "order" })
  expect(cents(completion.order.total)).toBe(total)
  const coupons = (await ctx.api.get("/store/membership/coupons", { headers: member.headers })).data.coupons as StoreCoupon[]
  expect(coupons.filter((coupon) => coupon.used).map((coupon) => coupon.code)).toEqual([code])

  // Used once: another cart cannot take it.
  const next = storefrontCart(ctx, demo, member, currency)
  await next.create()
  await next.add(demo.variants["wireless-earbuds"])
  const refused = await failure(ctx.api.post(`/store/carts/${next.id}/promotions`, { promo_codes: [code] }, { headers: member.headers }))
  expect(refused.status).toBe(400)
  expect(refused.data.message).toBe(`The promotion code ${code} has already been used`)
  const unchanged = await next.retrieve()
  expect(unchanged.promotions.map((promotion: { code: string }) => promotion.code)).not.toContain(code)

  const usages = await eventually(async () => {
    const rows = await merchant(ctx).benefitUsages({ order_id: completion.order.id })
    expect(rows).toHaveLength(4)
    return rows
  })
  const byType = Object.fromEntries(usages.map((usage: Usage) => [usage.benefit_type, Number(usage.value)]))
  expect(byType).toEqual({
    member_price: cents(DEMO.products["wireless-earbuds"][currency] - goods),
    member_discount: cents(memberDiscount),
    coupon_drop: cents(couponDiscount),
    free_shipping: DEMO.shipping[currency],
  })
  return completion.order
}

/** USD: the EUR code is refused with why, the cart keeps its member discount only, the code stays unused. */
async function refuseCouponInOtherCurrency(ctx: JourneyContext, demo: DemoStore, member: Shopper, code: string) {
  const currency: Currency = "usd"
  const cart = storefrontCart(ctx, demo, member, currency)
  await cart.create()
  await cart.add(demo.variants["wireless-earbuds"])
  const before = await cart.ship()
  const refused = await failure(ctx.api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: [code] }, { headers: member.headers }))
  expect(refused.status).toBe(400)
  expect(refused.data.message).toBe(`The promotion code ${code} is for carts in EUR`)
  const after = await cart.retrieve()
  const goods = DEMO.products["wireless-earbuds"].plus[currency]
  expect(cents(after.total)).toBe(cents(goods - (goods * DEMO.annualDiscountPercent) / 100))
  expect(after.total).toBe(before.total)
  const coupons = (await ctx.api.get("/store/membership/coupons", { headers: member.headers })).data.coupons as StoreCoupon[]
  expect(coupons.every((coupon) => !coupon.used)).toBe(true)
  return null
}

/**
 * StreamCo looks the code up and redeems it at its till; the till retries the same request at
 * the same time (same Idempotency-Key): one redemption, the same answer twice. Another till's
 * key is told it was redeemed already. Every call is in the partner's audit log.
 */
async function partnerRedeems(ctx: JourneyContext, code: string, partnerId: string) {
  const partner = { headers: { authorization: `Bearer ${ctx.partnerKey}` } }
  const path = `/partners/v1/codes/${encodeURIComponent(code)}`
  const { data: looked } = await ctx.api.get(path, partner)
  expect(looked.code).toMatchObject({ code, status: "assigned", redeemed_at: null, voided_at: null })
  expect(Object.keys(looked.code).sort()).toEqual(["assigned_at", "benefit_id", "code", "expires_at", "redeemed_at", "status", "voided_at"])

  const till = { headers: { ...partner.headers, "idempotency-key": `till-7:receipt-${uniqueSuffix()}` } }
  const [first, retry] = await Promise.all([ctx.api.post(`${path}/redeem`, {}, till), ctx.api.post(`${path}/redeem`, {}, till)])
  expect([first.status, retry.status]).toEqual([200, 200])
  expect(first.data.code).toMatchObject({ code, status: "redeemed", assigned_at: looked.code.assigned_at })
  expect(retry.data).toEqual(first.data)

  const other = await failure(ctx.api.post(`${path}/redeem`, {}, { headers: { ...partner.headers, "idempotency-key": `till-9:${uniqueSuffix()}` } }))
  expect(other).toEqual({ status: 409, data: expect.objectContaining({ type: "already_redeemed", redeemed_at: first.data.code.redeemed_at }) })
  expect((await ctx.api.get(path, partner)).data.code).toMatchObject({ status: "redeemed", redeemed_at: first.data.code.redeemed_at })

  const { data: audit } = await ctx.api.get(`/admin/partners/${partnerId}/audit?limit=100`, ctx.admin)
  const calls = audit.audit_entries
    .filter((entry: { code_fingerprint: string }) => entry.code_fingerprint === partnerFingerprint(code))
    .map((entry: { action: string; result: string; status_code: number }) => [entry.action, entry.result, entry.status_code])
  expect(calls.sort()).toEqual(
    [
      ["lookup", "ok", 200],
      ["redeem", "ok", 200],
      ["redeem", "ok", 200],
      ["redeem", "already_redeemed", 409],
      ["lookup", "ok", 200],
    ].sort()
  )
}
