import { DAY_MS } from "../../src/modules/membership"
import { reevaluateTiers } from "../../src/workflows/tiers"
import { eventually, type JourneyContext } from "./support/context"
import { cents, type Currency, DEMO, type DemoStore, orderGrowth, orderPoints, tierOf } from "./support/demo"
import { merchant } from "./support/merchant"
import { newShopper, type Shopper, type StoreCart, storefrontCart } from "./support/shopper"

/** A ledger row as the journeys compare them: reason or type, amount, order. */
export type LedgerRow = [string, number, string | null]
type GrowthEntry = { reason: string; amount: number; order_id: string | null }
type PointsTx = { type: string; amount: number; order_id: string | null }

/**
 * The shopper's tier and growth, as the merchant sees them (admin growth view and its ledger,
 * newest first) and as the storefront shows them (`/store/membership/tier`).
 */
export async function expectGrowth(ctx: JourneyContext, shopper: Shopper, expected: { tier: string | null; ledger: LedgerRow[] }) {
  const balance = expected.ledger.reduce((sum, [, amount]) => sum + amount, 0)
  return eventually(async () => {
    const view = await merchant(ctx).growth(shopper.customerId)
    expect(view.entries.map((entry: GrowthEntry) => [entry.reason, entry.amount, entry.order_id])).toEqual(expected.ledger)
    expect(view.growth.balance).toBe(balance)
    expect(view.tier?.name ?? null).toBe(expected.tier)
    const { data } = await ctx.api.get("/store/membership/tier", { headers: shopper.headers })
    expect(data.tier?.name ?? null).toBe(expected.tier)
    expect(data.growth.balance).toBe(balance)
    return view
  })
}

/** The shopper's points ledger (newest first) and balances; earnings stay pending for 14 days. */
export async function expectPoints(ctx: JourneyContext, shopper: Shopper, expected: { ledger: LedgerRow[] }) {
  await eventually(async () => {
    const ledger = await merchant(ctx).points(shopper.customerId)
    expect(ledger.transactions.map((tx: PointsTx) => [tx.type, tx.amount, tx.order_id])).toEqual(expected.ledger)
    expect(ledger.balances).toMatchObject({ available: 0, pending: expected.ledger.reduce((sum, [, amount]) => sum + amount, 0) })
  })
}

/** The earbuds line of a cart priced at `unitPrice`, with shipping paid or taken off. */
export function expectEarbudsCart(cart: StoreCart, currency: Currency, { unitPrice, quantity = 1, freeShipping }: { unitPrice: number; quantity?: number; freeShipping: boolean }) {
  const goods = cents(unitPrice * quantity)
  expect(cart.items).toHaveLength(1)
  expect(cart.items[0]).toMatchObject({ unit_price: unitPrice, quantity })
  expect(cart.shipping_subtotal).toBe(DEMO.shipping[currency])
  expect(cart.shipping_total).toBe(freeShipping ? 0 : DEMO.shipping[currency])
  expect(cents(cart.total)).toBe(freeShipping ? goods : cents(goods + DEMO.shipping[currency]))
}

/**
 * Journey 4: a shopper with no plan reaches Gold by their orders alone. Their next cart gets
 * Gold member prices and free shipping. The merchant then refunds part of the order that made
 * them Gold, which drops their growth below Gold's threshold: the tier is kept through the
 * protection period after the upgrade, and the nightly re-evaluation after it moves them down;
 * the open cart goes back to the regular price and paid shipping at its next update.
 */
export async function tierOnlyShopper(ctx: JourneyContext, demo: DemoStore, currency: Currency) {
  if (!ctx.container) {
    throw new Error("journey 4 runs the nightly tier job on its own clock: it needs the app's container (npm test)")
  }
  const container = ctx.container
  const shop = merchant(ctx)
  const shopper = await newShopper(ctx, `tier-only-${currency}`)
  const earbuds = DEMO.products["wireless-earbuds"]
  const regular = earbuds[currency]
  const growthLedger: LedgerRow[] = []
  const pointsLedger: LedgerRow[] = []

  await expectGrowth(ctx, shopper, { tier: null, ledger: [] })

  /** An order of earbuds at the regular price with the shipping paid, captured by the merchant. */
  async function orderEarbuds(quantity: number) {
    const cart = storefrontCart(ctx, demo, shopper, currency)
    await cart.create()
    await cart.add(demo.variants["wireless-earbuds"], quantity)
    expectEarbudsCart(await cart.ship(), currency, { unitPrice: regular, quantity, freeShipping: false })
    const order = await cart.placeOrder()
    const goods = cents(regular * quantity)
    const total = cents(goods + DEMO.shipping[currency])
    expect(cents(order.total)).toBe(total)
    await shop.capture(order.id)
    return { order, goods, total }
  }

  // First order: growth on the goods (shipping earns nothing) plus the order bonus; it makes
  // them Silver (threshold 0). Points are pending, at no tier's multiplier.
  const first = await orderEarbuds(3)
  const firstGrowth = orderGrowth(first.goods, currency)
  expect(tierOf(firstGrowth)).toBe("Silver")
  growthLedger.unshift(["order", firstGrowth, first.order.id])
  await expectGrowth(ctx, shopper, { tier: "Silver", ledger: growthLedger })
  pointsLedger.unshift(["earn", orderPoints(first.goods, null), first.order.id])
  await expectPoints(ctx, shopper, { ledger: pointsLedger })

  // Second order: its growth lifts them to Gold at once, protected from a downgrade for 30 days.
  // Its points are at Silver's standing, held when it was placed.
  const upgradeFrom = Date.now()
  const second = await orderEarbuds(4)
  const secondGrowth = orderGrowth(second.goods, currency)
  expect(tierOf(firstGrowth + secondGrowth)).toBe("Gold")
  growthLedger.unshift(["order", secondGrowth, second.order.id])
  const gold = await expectGrowth(ctx, shopper, { tier: "Gold", ledger: growthLedger })
  const protectedUntil = new Date(gold.protected_until).getTime()
  expect(protectedUntil).toBeGreaterThanOrEqual(upgradeFrom + DEMO.growth.protectionDays * DAY_MS)
  expect(protectedUntil).toBeLessThanOrEqual(Date.now() + DEMO.growth.protectionDays * DAY_MS)
  const secondPoints = orderPoints(second.goods, "Silver")
  pointsLedger.unshift(["earn", secondPoints, second.order.id])
  await expectPoints(ctx, shopper, { ledger: pointsLedger })

  // The next cart: Gold's member price, above the free-shipping minimum, so shipping is free.
  const cart = storefrontCart(ctx, demo, shopper, currency)
  await cart.create()
  await cart.add(demo.variants["wireless-earbuds"])
  expect(earbuds.gold[currency]).toBeGreaterThanOrEqual(DEMO.freeShippingFrom[currency])
  expectEarbudsCart(await cart.ship(), currency, { unitPrice: earbuds.gold[currency], freeShipping: true })

  // The merchant refunds two of the second order's earbuds: that share of what was captured
  // (shipping included) takes back the same share of its growth and points, rounded.
  const refund = cents(2 * regular)
  await shop.refund(second.order.id, refund)
  const growthBack = Math.round((secondGrowth * refund) / second.total)
  const pointsBack = Math.round((secondPoints * refund) / second.total)
  growthLedger.unshift(["refund", -growthBack, second.order.id])
  const balance = firstGrowth + secondGrowth - growthBack
  expect(balance).toBeLessThan(DEMO.tiers.Gold)
  await expectGrowth(ctx, shopper, { tier: "Gold", ledger: growthLedger })
  pointsLedger.unshift(["reverse", -pointsBack, second.order.id])
  await expectPoints(ctx, shopper, { ledger: pointsLedger })
  expectEarbudsCart(await cart.update(), currency, { unitPrice: earbuds.gold[currency], freeShipping: true })

  // The nightly job on the last day of the protection keeps them Gold; nothing has left the
  // 365-day window, so no expiry entry is written.
  await reevaluateTiers(container(), { now: new Date(protectedUntil - DAY_MS) })
  await expectGrowth(ctx, shopper, { tier: "Gold", ledger: growthLedger })
  expectEarbudsCart(await cart.update(), currency, { unitPrice: earbuds.gold[currency], freeShipping: true })

  // The first night after it moves them down to the tier their growth reaches.
  expect(tierOf(balance)).toBe("Silver")
  await reevaluateTiers(container(), { now: new Date(protectedUntil + DAY_MS) })
  await expectGrowth(ctx, shopper, { tier: "Silver", ledger: growthLedger })
  await expectPoints(ctx, shopper, { ledger: pointsLedger })
  expectEarbudsCart(await cart.update(), currency, { unitPrice: regular, freeShipping: false })
  return { shopper, balance }
}
