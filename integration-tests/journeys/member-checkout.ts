import { eventually, type JourneyContext } from "./support/context"
import { cents, type Currency, DEMO, type DemoStore, orderGrowth, orderPoints } from "./support/demo"
import { merchant } from "./support/merchant"
import { type Shopper, storefrontCart } from "./support/shopper"

type Tx = { type: string; amount: number; order_id: string | null; cart_id: string | null }
export const txRows = (transactions: Tx[]) => transactions.map((tx) => [tx.type, tx.amount])

/** The points a money amount is worth in the demo (100 points per unit). */
const pointsFor = (money: number) => Math.round(money * DEMO.points.pointsPerMoneyUnit)

/**
 * Journey 2: a PLUS Annual member who is Gold (journey 1's shopper), with points from the
 * merchant. First a cart below the free-shipping minimum: shipping is paid, and it completes.
 * Then a cart above it, with points applied ("max") and, in EUR, the mall's points+money item
 * in the same cart: it completes; the points are debited once, the mall stock taken once; the
 * total is the goods at the member price − the member discount − the points' credit + 0
 * shipping + the mall item's money. The merchant captures it: growth at the plan's multiplier,
 * points at Gold's.
 */
export async function memberCheckout(ctx: JourneyContext, demo: DemoStore, member: Shopper, currency: Currency) {
  const shop = merchant(ctx)
  const granted = 20_000
  await shop.adjustPoints(member.customerId, granted, "journey: points to spend")
  const before = await shop.points(member.customerId)

  // Below the minimum: the standard shipping is paid, and the order completes.
  const small = storefrontCart(ctx, demo, member, currency)
  await small.create()
  await small.add(demo.variants["steel-bottle"])
  const smallCart = await small.ship()
  expect(DEMO.products["steel-bottle"][currency]).toBeLessThan(DEMO.freeShippingFrom[currency])
  expect(smallCart.shipping_total).toBe(DEMO.shipping[currency])
  expect(await small.placeOrder()).toMatchObject({ shipping_total: DEMO.shipping[currency] })

  // Above it, with points and (EUR) a mall line bought for points plus money.
  const cart = storefrontCart(ctx, demo, member, currency)
  await cart.create()
  await cart.add(demo.variants["wireless-earbuds"], 2)
  const mall = DEMO.mall.earbudsDeal
  const mallStock = (await shop.mallItem(demo.mallItems.earbudsDeal)).stock
  const withMall = currency === "eur"
  if (withMall) {
    const added = await cart.addMallItem(demo.mallItems.earbudsDeal)
    expect(added.mall_points).toBe(mall.points)
  } else {
    // The mall item is priced in EUR: a USD cart cannot take it.
    await expect(cart.addMallItem(demo.mallItems.earbudsDeal)).rejects.toMatchObject({ response: { status: 400 } })
  }
  await cart.ship()

  const goods = 2 * DEMO.products["wireless-earbuds"].plus[currency]
  const discount = cents((goods * DEMO.annualDiscountPercent) / 100)
  const mallCash = withMall ? mall.cash : 0
  const beforePoints = cents(goods - discount + mallCash)
  const credit = Math.floor((beforePoints * DEMO.points.maxSharePercent) / 100 * 100 + 1e-6) / 100
  const spent = pointsFor(credit)
  const total = cents(beforePoints - credit)

  const priced = await cart.applyPoints("max")
  expect(priced.shipping_total).toBe(0)
  expect(cents(priced.credit_line_total)).toBe(credit)
  expect(cents(priced.total)).toBe(total)

  const order = await cart.placeOrder()
  expect(cents(order.total)).toBe(total)
  expect(order.shipping_total).toBe(0)

  // Debited once each: the cart's points and the mall item's; the stock taken once.
  const after = await eventually(async () => {
    const ledger = await shop.points(member.customerId)
    const fresh = ledger.transactions.slice(0, ledger.transactions.length - before.transactions.length)
    expect(txRows(fresh).sort()).toEqual(
      [["spend", -spent], ...(withMall ? [["spend", -mall.points]] : [])].sort()
    )
    return ledger
  })
  expect(after.balances.available).toBe(before.balances.available - spent - (withMall ? mall.points : 0))
  expect((await shop.mallItem(demo.mallItems.earbudsDeal)).stock).toBe(withMall ? mallStock - 1 : mallStock)
  if (withMall) {
    const redemptions = await eventually(async () => {
      const rows = await shop.mallRedemptions(member.customerId)
      expect(rows).toEqual([expect.objectContaining({ item_id: demo.mallItems.earbudsDeal, order_id: order.id, status: "completed" })])
      return rows
    })
    expect(redemptions[0].points).toBe(mall.points)
  }

  // Captured: growth at PLUS Annual's multiplier (a paid member when ordering), points at Gold's.
  const growthBefore = (await shop.growth(member.customerId)).growth.balance
  await shop.capture(order.id)
  const growth = orderGrowth(total, currency, DEMO.growth.annualMultiplier)
  const points = orderPoints(total, "Gold")
  await eventually(async () => {
    const view = await shop.growth(member.customerId)
    expect(view.entries.filter((entry: { order_id: string }) => entry.order_id === order.id).map((e: { reason: string; amount: number }) => [e.reason, e.amount])).toEqual([
      ["order", growth],
    ])
    expect(view.growth.balance).toBe(growthBefore + growth)
  })
  await eventually(async () => {
    const ledger = await shop.points(member.customerId)
    const earned = ledger.transactions.filter((tx: Tx) => tx.order_id === order.id && tx.type === "earn")
    expect(txRows(earned)).toEqual([["earn", points]])
    expect(ledger.balances.pending).toBe(before.balances.pending + points)
  })
  return { order, total, spent, credit, growth, points, discount, goods, mallCash }
}
