import { createStripeClient } from "../../src/lib/stripe/client"
import { DAY_MS } from "../../src/modules/membership"
import { processDueMemberships } from "../../src/workflows/membership"
import { shopperBenefits } from "../../src/workflows/benefits/queries/shopper-benefits"
import { fakeStripe } from "../fake-stripe"
import { failure } from "../helpers/http"
import { STRIPE_PROVIDER_ID } from "../medusa-config"
import { eventually, type JourneyContext } from "./support/context"
import { cents, type Currency, DEMO, type DemoStore, orderGrowth, orderPoints, tierOf } from "./support/demo"
import { merchant } from "./support/merchant"
import { newShopper, type Shopper, storefrontCart } from "./support/shopper"
import { expectEarbudsCart, expectGrowth, expectPoints, type LedgerRow } from "./tier-only-shopper"

/** PLUS Monthly's renewal terms as scripts/seed/membership.ts creates it (dunning: the plugin's default). */
const MONTHLY = { graceDays: 3, dunningOffsets: [1, 3, 5] }

const MINUTE_MS = 60_000
const at = (date: string | Date, days: number, minutes = 0) => new Date(new Date(date).getTime() + days * DAY_MS + minutes * MINUTE_MS)

/** The same day and time a month later, or the month's last day when it has no such day. */
function oneMonthAfter(date: string | Date) {
  const start = new Date(date)
  const year = start.getUTCFullYear()
  const month = start.getUTCMonth() + 1
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay), start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds()))
}

/**
 * The merchant turns on the plugin's Stripe provider in the region next to the system
 * provider, as the admin's region settings do. Saving it again changes nothing.
 */
async function enableStripe(ctx: JourneyContext, demo: DemoStore, currency: Currency) {
  const { data } = await ctx.api.post(`/admin/regions/${demo.regions[currency]}?fields=*payment_providers`, { payment_providers: ["pp_system_default", STRIPE_PROVIDER_ID] }, ctx.admin)
  expect(data.region.payment_providers.map((provider: { id: string }) => provider.id).sort()).toEqual(["pp_system_default", STRIPE_PROVIDER_ID].sort())
}

/**
 * The member saves a card for renewals from their account page: the setup the plugin starts
 * with Stripe, what Stripe.js's confirmCardSetup leaves behind (the card attached to the
 * setup's Stripe customer), then the card chosen for renewals.
 */
async function saveCard(ctx: JourneyContext, shopper: Shopper, card: string) {
  const config = { headers: shopper.headers }
  const { data: started } = await ctx.api.post("/store/membership/me/payment-method/setup", { provider_id: STRIPE_PROVIDER_ID }, config)
  const customer = String(fakeStripe.state.setupIntents.get(started.setup.id)!.customer)
  const stripe = createStripeClient({ apiKey: "sk_test_fake", httpClient: fakeStripe.httpClient })
  const saved = await stripe.paymentMethods.attach(card, { customer })
  const { data } = await ctx.api.post("/store/membership/me/payment-method", { provider_id: STRIPE_PROVIDER_ID, payment_method_id: saved.id }, config)
  expect(data.membership.events).toContainEqual(
    expect.objectContaining({ type: "payment_method_updated", actor: "customer", data: { payment_method_id: saved.id } })
  )
  return saved.id
}

/**
 * Journey 5: a new shopper starts PLUS Monthly's 7-day trial, paying nothing, and gets member
 * prices and free shipping in the trial. They save a card; at the trial's end the renewal job
 * charges it the plan's price, and the benefits go on. A month later the card is declined: the
 * membership is past due and keeps its benefits through the retries; the last retry fails, the
 * grace period is over, it expires. Its open cart is refused at completion until updated, then
 * re-priced at the regular price with paid shipping. Every ledger is checked on the way.
 */
export async function trialMember(ctx: JourneyContext, demo: DemoStore, currency: Currency) {
  if (!ctx.container) {
    throw new Error("journey 5 runs the renewal job on its own clock: it needs the app's container (npm test)")
  }
  const container = ctx.container
  const shop = merchant(ctx)
  const monthly = DEMO.plans["plus-monthly"]
  const price = monthly[currency]
  const earbuds = DEMO.products["wireless-earbuds"]
  const growthLedger: LedgerRow[] = []
  const pointsLedger: LedgerRow[] = []
  await enableStripe(ctx, demo, currency)
  const { data: served } = await ctx.api.get(`/admin/membership/plans/${demo.plans["plus-monthly"].id}`, ctx.admin)
  expect(served.plan).toMatchObject({ trial_days: monthly.trialDays, grace_days: MONTHLY.graceDays, dunning_offsets: MONTHLY.dunningOffsets })

  const shopper = await newShopper(ctx, `trial-${currency}`)
  const config = { headers: shopper.headers }
  const me = async () => (await ctx.api.get("/store/membership/me", config)).data.membership
  const periods = async (membershipId: string) =>
    (await ctx.api.get(`/admin/membership/memberships/${membershipId}`, ctx.admin)).data.membership.periods.map(
      (period: { source: string; order_id: string | null; amount: number }) => [period.source, period.order_id, Number(period.amount)]
    )
  /** The benefits a cart priced at `now` gets: the journey's clock is ahead of the storefront's. */
  const pricedBenefitsAt = async (now: Date) =>
    (await shopperBenefits(container(), shopper.customerId, { types: ["member_price", "free_shipping"], now })).map((benefit) => benefit.name).sort()
  const planBenefits = ["Free standard shipping", "PLUS member prices"]

  // The trial costs nothing: listed at 0, and a cart with the plan alone completes without a payment.
  const { data: listed } = await ctx.api.get(`/store/membership/plans?currency_code=${currency}`, config)
  expect(listed.plans.find((plan: { handle: string }) => plan.handle === "plus-monthly").price).toEqual({ amount: 0, currency_code: currency, trial: true })
  const trialCart = storefrontCart(ctx, demo, shopper, currency)
  await trialCart.create()
  const withPlan = await trialCart.add(demo.plans["plus-monthly"].variantId)
  expect(withPlan.items[0].unit_price).toBe(0)
  expect(withPlan.total).toBe(0)
  await trialCart.ship()
  const started = await ctx.settled("order.placed", () => trialCart.complete())
  expect(started).toMatchObject({ type: "order", order: { total: 0 } })
  const trialOrder = started.order

  const trialing = await eventually(async () => {
    const membership = await me()
    expect(membership).toMatchObject({ status: "trialing", plan: { id: demo.plans["plus-monthly"].id } })
    return membership
  })
  const trialEnd = trialing.current_period_end
  expect(new Date(trialEnd).getTime() - new Date(trialing.current_period_start).getTime()).toBe(monthly.trialDays * DAY_MS)
  expect(trialing).toMatchObject({ trial_ends_at: trialEnd, next_charge: { at: trialEnd, amount: price, currency_code: currency } })
  expect(await periods(trialing.id)).toEqual([["purchase", trialOrder.id, 0]])
  // Nothing was paid: no growth, no points, no benefit used. The order had the shopper's tier
  // evaluated: with no growth, the tier whose threshold is 0.
  await expectGrowth(ctx, shopper, { tier: tierOf(0), ledger: [] })
  await expectPoints(ctx, shopper, { ledger: [] })
  expect(await shop.benefitUsages({ order_id: trialOrder.id })).toEqual([])

  // In the trial: the PLUS price, and the goods reach the free-shipping minimum.
  const goods = earbuds.plus[currency]
  const trialShopping = storefrontCart(ctx, demo, shopper, currency)
  await trialShopping.create()
  await trialShopping.add(demo.variants["wireless-earbuds"])
  expectEarbudsCart(await trialShopping.ship(), currency, { unitPrice: goods, freeShipping: true })
  const bought = await trialShopping.placeOrder()
  expect(cents(bought.total)).toBe(goods)
  await shop.capture(bought.id)

  // A trial is not a paid plan (and PLUS Monthly has no multiplier): growth at the base rate.
  growthLedger.unshift(["order", orderGrowth(goods, currency), bought.id])
  await expectGrowth(ctx, shopper, { tier: "Silver", ledger: growthLedger })
  pointsLedger.unshift(["earn", orderPoints(goods, "Silver"), bought.id])
  await expectPoints(ctx, shopper, { ledger: pointsLedger })
  const usages = await eventually(async () => {
    const rows = await shop.benefitUsages({ order_id: bought.id })
    expect(rows).toHaveLength(2)
    return rows
  })
  expect(Object.fromEntries(usages.map((usage: { benefit_type: string; value: number }) => [usage.benefit_type, Number(usage.value)]))).toEqual({
    member_price: cents(earbuds[currency] - goods),
    free_shipping: DEMO.shipping[currency],
  })
  for (const usage of usages) {
    expect(usage).toMatchObject({ customer_id: shopper.customerId, currency_code: currency, membership_id: trialing.id })
  }

  // A card for the first charge; the trial's end charges it the plan's price through Stripe.
  const visa = await saveCard(ctx, shopper, "pm_card_visa")
  const renewal = await ctx.settled("payment.captured", () => processDueMemberships(container(), at(trialEnd, 0, 1)))
  expect(renewal).toMatchObject({ charged: 1, renewed: 1, failed: 0 })
  const renewed = await me()
  const due = oneMonthAfter(trialEnd).toISOString()
  expect(renewed).toMatchObject({ status: "active", current_period_start: trialEnd, current_period_end: due, next_charge_at: due, failed_attempts: 0 })
  const renewalPeriods = await periods(renewed.id)
  expect(renewalPeriods).toEqual([
    ["renewal", expect.any(String), price],
    ["purchase", trialOrder.id, 0],
  ])
  const renewalOrderId = renewalPeriods[0][1]
  expect(await shop.order(renewalOrderId, "id,total,currency_code,customer_id")).toMatchObject({ total: price, currency_code: currency, customer_id: shopper.customerId })
  const intents = [...fakeStripe.state.paymentIntents.values()].filter(
    (intent) => (intent.metadata as Record<string, string>)?.membership_id === renewed.id
  )
  expect(intents).toEqual([expect.objectContaining({ payment_method: visa, amount: Math.round(price * 100), amount_received: Math.round(price * 100), status: "succeeded" })])

  // The renewal order earns like any paid order, at the Silver standing held when it was placed.
  growthLedger.unshift(["order", orderGrowth(price, currency), renewalOrderId])
  await expectGrowth(ctx, shopper, { tier: "Silver", ledger: growthLedger })
  pointsLedger.unshift(["earn", orderPoints(price, "Silver"), renewalOrderId])
  await expectPoints(ctx, shopper, { ledger: pointsLedger })
  expect(await pricedBenefitsAt(at(trialEnd, 1))).toEqual(planBenefits)

  const openCart = storefrontCart(ctx, demo, shopper, currency)
  await openCart.create()
  await openCart.add(demo.variants["wireless-earbuds"])
  expectEarbudsCart(await openCart.ship(), currency, { unitPrice: goods, freeShipping: true })

  // The member switches to a card their bank then declines: the renewal a month later fails.
  await saveCard(ctx, shopper, "pm_card_chargeCustomerFail")
  expect(await processDueMemberships(container(), at(due, 0, 1))).toMatchObject({ charged: 1, renewed: 0, failed: 1 })
  const pastDue = await me()
  expect(pastDue).toMatchObject({ status: "past_due", failed_attempts: 1, current_period_end: due, next_charge_at: at(due, MONTHLY.dunningOffsets[0]).toISOString() })
  expect(pastDue.events[0]).toMatchObject({ type: "payment_failed", cause: expect.stringMatching(/declined/) })

  // README: the benefits stay while past due, through the retries and the grace period.
  expect(await pricedBenefitsAt(at(due, 0.5))).toEqual(planBenefits)
  expectEarbudsCart(await openCart.update(), currency, { unitPrice: goods, freeShipping: true })

  // Every retry is declined. Past the grace period the benefits stay while a retry remains;
  // once the last one has failed, they end.
  expect(Math.max(...MONTHLY.dunningOffsets)).toBeGreaterThan(MONTHLY.graceDays)
  for (const [retry, offset] of MONTHLY.dunningOffsets.entries()) {
    const now = at(due, offset, 1)
    expect(await processDueMemberships(container(), now)).toMatchObject({ charged: 1, failed: 1 })
    const next = MONTHLY.dunningOffsets[retry + 1]
    expect(await me()).toMatchObject({ status: "past_due", failed_attempts: retry + 2, next_charge_at: next ? at(due, next).toISOString() : null })
    expect(await pricedBenefitsAt(now)).toEqual(next ? planBenefits : [])
  }

  // The last retry is over and so is the grace period: the membership expires.
  const lastDay = Math.max(MONTHLY.graceDays, ...MONTHLY.dunningOffsets)
  expect(await processDueMemberships(container(), at(due, lastDay, 2))).toMatchObject({ charged: 0, expired: 1 })
  const expired = await me()
  expect(expired).toMatchObject({ status: "expired", next_charge_at: null })
  const attempts = 1 + MONTHLY.dunningOffsets.length
  expect(expired.events.slice(0, 1 + attempts).map((event: { type: string }) => event.type)).toEqual(["expired", ...Array(attempts).fill("payment_failed")])
  // The declined attempts took nothing: no period, no order, no growth or points.
  expect(await periods(expired.id)).toEqual(renewalPeriods)
  await expectGrowth(ctx, shopper, { tier: "Silver", ledger: growthLedger })
  await expectPoints(ctx, shopper, { ledger: pointsLedger })

  // The open cart still carries the benefits: completion refuses it and says how to fix it.
  await openCart.pay()
  const refused = await failure(ctx.api.post(`/store/carts/${openCart.id}/complete`, {}, config))
  expect(refused.status).toBe(400)
  expect(refused.data.message).toMatch(/no longer granted .* Update the cart/)

  // Updated, it is re-priced: the regular price, and shipping is paid again.
  const regular = earbuds[currency]
  expectEarbudsCart(await openCart.update(), currency, { unitPrice: regular, freeShipping: false })
  const afterExpiry = await openCart.placeOrder()
  expect(cents(afterExpiry.total)).toBe(cents(regular + DEMO.shipping[currency]))
  await shop.capture(afterExpiry.id)
  growthLedger.unshift(["order", orderGrowth(regular, currency), afterExpiry.id])
  await expectGrowth(ctx, shopper, { tier: "Silver", ledger: growthLedger })
  pointsLedger.unshift(["earn", orderPoints(regular, "Silver"), afterExpiry.id])
  await expectPoints(ctx, shopper, { ledger: pointsLedger })
  expect(await shop.benefitUsages({ order_id: afterExpiry.id })).toEqual([])
  return { shopper, membership: expired }
}
