import { eventually, type JourneyContext } from "./support/context"
import { cents, type Currency, DEMO, type DemoStore, orderGrowth, orderPoints, tierOf } from "./support/demo"
import { merchant } from "./support/merchant"
import { type Shopper, storefrontCart } from "./support/shopper"
import type { memberCheckout } from "./member-checkout"

type Entry = { reason: string; amount: number; order_id: string | null }
type Tx = { type: string; amount: number; order_id: string | null; reference: string | null }
type Usage = { benefit_type: string; value: number; reversed_value: number }

/** `[reason or type, amount]` of one order's rows, oldest first (the ledgers list newest first). */
const rowsOf = <T extends { order_id: string | null; amount: number }>(rows: T[], orderId: string, label: (row: T) => string) =>
  rows.filter((row) => row.order_id === orderId).reverse().map((row) => [label(row), row.amount])

/** What is reversed of an amount at a share, as the README promises: rounded to whole units. */
const reversedAt = (amount: number, share: number) => Math.round(amount * share)

/**
 * Journey 3: the member of journey 2 gets part of that order refunded, then returns one of its
 * two earbuds, then has another order (goods, a mall item and points) canceled. After each step
 * growth, points earned, points spent, benefit usage and mall redemptions are reversed in
 * proportion, once each, and the balances and tier equal what this journey computes itself.
 */
export async function reversals(
  ctx: JourneyContext,
  demo: DemoStore,
  member: Shopper,
  currency: Currency,
  placed: Awaited<ReturnType<typeof memberCheckout>>
) {
  const shop = merchant(ctx)
  const orderId = placed.order.id
  const usagesOf = async (id: string) =>
    Object.fromEntries(((await shop.benefitUsages({ order_id: id })) as Usage[]).map((usage) => [usage.benefit_type, usage]))
  const usages = await usagesOf(orderId)
  const memberPriceSaving = cents(2 * (DEMO.products["wireless-earbuds"][currency] - DEMO.products["wireless-earbuds"].plus[currency]))
  expect(Object.fromEntries(Object.entries(usages).map(([type, usage]) => [type, Number(usage.value)]))).toEqual({
    member_price: memberPriceSaving,
    member_discount: placed.discount,
    free_shipping: DEMO.shipping[currency],
  })
  const expectUsagesReversed = async (id: string, values: Record<string, number>, share: number) =>
    eventually(async () => {
      const now = await usagesOf(id)
      for (const [type, value] of Object.entries(values)) {
        expect([type, Number(now[type].reversed_value)]).toEqual([type, cents(value * share)])
      }
    })
  const values = { member_price: memberPriceSaving, member_discount: placed.discount, free_shipping: DEMO.shipping[currency] }
  let growthBalance = (await shop.growth(member.customerId)).growth.balance
  const pointsBefore = (await shop.points(member.customerId)).balances

  // 1. A refund of a fifth of what was paid.
  const refund = cents(placed.total * 0.2)
  const refundShare = refund / placed.total
  await shop.refund(orderId, refund)
  const growthBack1 = reversedAt(placed.growth, refundShare)
  const earnedBack1 = reversedAt(placed.points, refundShare)
  const spentBack1 = reversedAt(placed.spent, refundShare)
  await eventually(async () => {
    const view = await shop.growth(member.customerId)
    expect(rowsOf<Entry>(view.entries, orderId, (e) => e.reason)).toEqual([["order", placed.growth], ["refund", -growthBack1]])
  })
  await eventually(async () => {
    const ledger = await shop.points(member.customerId)
    // The earning's reversal and the spend's refund come from two subscribers of one event: any order.
    expect(rowsOf<Tx>(ledger.transactions, orderId, (t) => t.type).filter(([type]) => type !== "spend").sort()).toEqual(
      [["earn", placed.points], ["reverse", -earnedBack1], ["refund", spentBack1]].sort()
    )
    expect(ledger.balances.available).toBe(pointsBefore.available + spentBack1)
    expect(ledger.balances.pending).toBe(pointsBefore.pending - earnedBack1)
  })
  await expectUsagesReversed(orderId, values, refundShare)
  growthBalance -= growthBack1

  // 2. One of the two earbuds comes back: the returned share of the goods, larger than the refund's.
  const earbudsLine = cents(placed.goods - placed.discount)
  const returnShare = earbudsLine / 2 / (earbudsLine + placed.mallCash)
  expect(returnShare).toBeGreaterThan(refundShare)
  const admin = await shop.order(orderId, "id,*items")
  const goodsLine = admin.items.find((item: { quantity: number }) => item.quantity === 2)
  await shop.returnLine(orderId, goodsLine.id, 1)
  const growthBack2 = reversedAt(placed.growth, returnShare) - growthBack1
  const earnedBack2 = reversedAt(placed.points, returnShare) - earnedBack1
  await eventually(async () => {
    const view = await shop.growth(member.customerId)
    expect(rowsOf<Entry>(view.entries, orderId, (e) => e.reason)).toEqual([
      ["order", placed.growth],
      ["refund", -growthBack1],
      ["return", -growthBack2],
    ])
  })
  await eventually(async () => {
    const ledger = await shop.points(member.customerId)
    // A return without a refund gives no spent points back: only money refunded does.
    expect(rowsOf<Tx>(ledger.transactions, orderId, (t) => t.type).filter(([type]) => type !== "spend").sort()).toEqual(
      [["earn", placed.points], ["reverse", -earnedBack1], ["refund", spentBack1], ["reverse", -earnedBack2]].sort()
    )
  })
  await expectUsagesReversed(orderId, values, returnShare)
  growthBalance -= growthBack2
  const afterReturn = await shop.growth(member.customerId)
  expect(afterReturn.growth.balance).toBe(growthBalance)
  expect(afterReturn.tier).toMatchObject({ name: tierOf(growthBalance) })

  // 3. Another order — coffee, the Gold mall bottle for points, 1000 points off — paid, then canceled.
  const pointsBeforeThird = (await shop.points(member.customerId)).balances
  const bottle = await shop.mallItem(demo.mallItems.bottle)
  const cart = storefrontCart(ctx, demo, member, currency)
  await cart.create()
  await cart.add(demo.variants["organic-coffee-beans"], 2)
  await cart.addMallItem(demo.mallItems.bottle)
  await cart.ship()
  const goods = 2 * DEMO.products["organic-coffee-beans"].plus[currency]
  const discount = cents((goods * DEMO.annualDiscountPercent) / 100)
  const priced = await cart.applyPoints(1000)
  const total = cents(goods - discount - 10)
  expect(priced.shipping_total).toBe(0)
  expect(cents(priced.total)).toBe(total)
  const third = await cart.placeOrder()
  await shop.capture(third.id)
  const growth3 = orderGrowth(total, currency, DEMO.growth.annualMultiplier)
  const points3 = orderPoints(total, tierOf(growthBalance))
  // The mall bottle's rows: its spend names the order, its refund the redemption.
  const redemptionOf = async () =>
    (await shop.mallRedemptions(member.customerId)).find((r: { item_id: string }) => r.item_id === demo.mallItems.bottle)
  const ofThird = (transactions: Tx[], redemptionId: string) =>
    transactions
      .filter((tx) => tx.order_id === third.id || tx.reference === redemptionId)
      .reverse()
      .map((tx) => [tx.type, tx.amount])
  const bottleRedemption = await eventually(async () => {
    const redemption = await redemptionOf()
    expect(redemption).toMatchObject({ order_id: third.id, status: "completed", points: DEMO.mall.bottle.points })
    return redemption
  })
  await eventually(async () => {
    const ledger = await shop.points(member.customerId)
    expect(ofThird(ledger.transactions, bottleRedemption.id).sort()).toEqual(
      [["spend", -1000], ["spend", -DEMO.mall.bottle.points], ["earn", points3]].sort()
    )
  })
  expect((await shop.mallItem(demo.mallItems.bottle)).stock).toBe(bottle.stock - 1)
  const thirdUsages = await eventually(async () => {
    const rows = await usagesOf(third.id)
    expect(Object.keys(rows).sort()).toEqual(["free_shipping", "member_discount", "member_price"])
    return rows
  })

  await shop.cancel(third.id)

  await eventually(async () => {
    const view = await shop.growth(member.customerId)
    const rows = rowsOf<Entry>(view.entries, third.id, (e) => e.reason)
    expect(rows[0]).toEqual(["order", growth3])
    // Medusa refunds the capture as it cancels: whichever event comes first, all of it comes back.
    expect(rows.reduce((sum, [, amount]) => sum + Number(amount), 0)).toBe(0)
    expect(view.growth.balance).toBe(growthBalance)
    expect(view.tier).toMatchObject({ name: tierOf(growthBalance) })
  })
  await eventually(async () => {
    const ledger = await shop.points(member.customerId)
    const rows = ofThird(ledger.transactions, bottleRedemption.id)
    const sum = (type: string) => rows.filter(([t]) => t === type).reduce((total, [, amount]) => total + Number(amount), 0)
    expect(sum("earn") + sum("reverse")).toBe(0)
    // The points that paid, back once; the mall bottle's too, with its stock.
    expect(sum("spend") + sum("refund")).toBe(0)
    expect(ledger.balances).toMatchObject({ available: pointsBeforeThird.available, pending: pointsBeforeThird.pending })
  })
  await eventually(async () => expect(await redemptionOf()).toMatchObject({ id: bottleRedemption.id, status: "canceled" }))
  expect((await shop.mallItem(demo.mallItems.bottle)).stock).toBe(bottle.stock)
  await expectUsagesReversed(
    third.id,
    Object.fromEntries(Object.entries(thirdUsages).map(([type, usage]) => [type, Number(usage.value)])),
    1
  )
}
