import { eventually, type JourneyContext } from "./support/context"
import { cents, type Currency, DEMO, type DemoStore, orderGrowth, orderPoints, tierOf } from "./support/demo"
import { merchant } from "./support/merchant"
import { newShopper, storefrontCart } from "./support/shopper"

/**
 * Journey 1: a new shopper puts PLUS Annual and goods in one cart. Member prices, the 5% member
 * discount and free shipping apply in that very cart (join and save now); the order completes;
 * the merchant's capture activates the membership, awards growth and pending points, and the
 * benefits used are recorded. Returns the shopper, now a PLUS Annual member, for later journeys.
 */
export async function joinAtCheckout(ctx: JourneyContext, demo: DemoStore, currency: Currency) {
  const shop = merchant(ctx)
  const shopper = await newShopper(ctx, `join-${currency}`)
  const cart = storefrontCart(ctx, demo, shopper, currency)
  const earbuds = DEMO.products["wireless-earbuds"]
  const annual = DEMO.plans["plus-annual"]

  await cart.create()
  const before = await cart.add(demo.variants["wireless-earbuds"])
  expect(before.items[0].unit_price).toBe(earbuds[currency])

  await cart.add(demo.plans["plus-annual"].variantId)
  const shipped = await cart.ship()

  // Independently: the earbuds at the PLUS price, 5% off them (the plan is not discountable),
  // the goods above the free-shipping minimum, so the standard shipping is taken off.
  const goods = earbuds.plus[currency]
  const discount = cents((goods * DEMO.annualDiscountPercent) / 100)
  expect(goods).toBeGreaterThanOrEqual(DEMO.freeShippingFrom[currency])
  const line = (variantId: string) => shipped.items.find((item: { variant_id: string }) => item.variant_id === variantId)
  expect(line(demo.variants["wireless-earbuds"]).unit_price).toBe(goods)
  expect(line(demo.plans["plus-annual"].variantId).unit_price).toBe(annual[currency])
  // Medusa's discount_total counts the shipping taken off too.
  expect(cents(shipped.discount_total)).toBe(cents(discount + DEMO.shipping[currency]))
  expect(shipped.shipping_subtotal).toBe(DEMO.shipping[currency])
  expect(shipped.shipping_total).toBe(0)
  const total = cents(goods - discount + annual[currency])
  expect(cents(shipped.total)).toBe(total)

  const order = await cart.placeOrder()
  expect(cents(order.total)).toBe(total)
  expect(order.shipping_total).toBe(0)

  // Placing is not paying: nothing is granted or earned before the capture.
  expect(await shop.memberships(shopper.customerId)).toEqual([])

  await shop.capture(order.id)

  const membership = await eventually(async () => {
    const { data } = await ctx.api.get("/store/membership/me", { headers: shopper.headers })
    expect(data.membership).toMatchObject({ status: "active", plan: { id: demo.plans["plus-annual"].id } })
    return data.membership
  })

  // Growth: the money paid (no shipping, no tax) at 1 per unit, plus the order bonus; the order
  // that buys the plan earns without the plan's multiplier (it was not a paid member yet).
  const growth = orderGrowth(total, currency)
  const growthView = await eventually(async () => {
    const view = await shop.growth(shopper.customerId)
    expect(view.entries.map((entry: { reason: string; amount: number; order_id: string }) => [entry.reason, entry.amount, entry.order_id])).toEqual([
      ["order", growth, order.id],
    ])
    return view
  })
  const tier = tierOf(growth)
  expect(growthView.tier).toMatchObject({ name: tier })

  // Points: pending, at the standing the shopper had when placing the order: no tier, no plan
  // yet (the order's own growth makes them Gold only afterwards).
  const points = orderPoints(total, null)
  await eventually(async () => {
    const ledger = await shop.points(shopper.customerId)
    expect(ledger.transactions.map((tx: { type: string; amount: number; order_id: string }) => [tx.type, tx.amount, tx.order_id])).toEqual([
      ["earn", points, order.id],
    ])
    expect(ledger.balances).toMatchObject({ available: 0, pending: points })
  })

  // Benefit usage: the member price's saving, the discount and the shipping taken off.
  const usages = await eventually(async () => {
    const rows = await shop.benefitUsages({ order_id: order.id })
    expect(rows).toHaveLength(3)
    return rows
  })
  const byType = Object.fromEntries(usages.map((usage: { benefit_type: string; value: number }) => [usage.benefit_type, Number(usage.value)]))
  expect(byType).toEqual({
    member_price: cents(earbuds[currency] - goods),
    member_discount: discount,
    free_shipping: DEMO.shipping[currency],
  })
  for (const usage of usages) {
    // Recorded at placement, before the capture started the membership.
    expect(usage).toMatchObject({ customer_id: shopper.customerId, currency_code: currency, membership_id: null })
    expect(Number(usage.reversed_value)).toBe(0)
  }
  return { shopper, order, membership, growth, points }
}
