import { loginCustomer } from "../helpers/customer"
import { failure } from "../helpers/http"
import { joinAtCheckout } from "./join-at-checkout"
import { eventually, type JourneyContext, uniqueSuffix } from "./support/context"
import { cents, type Currency, DEMO, type DemoStore } from "./support/demo"
import { merchant } from "./support/merchant"
import { type Shopper, type StoreCart, storefrontCart } from "./support/shopper"

type Tx = { type: string; amount: number; order_id: string | null; cart_id: string | null }
type Completion = { status: number; body: { type: string; order?: { id: string; total: number }; message?: string } }
type Device = ReturnType<typeof storefrontCart>

/** The points a money amount is worth in the demo (100 points per unit). */
const pointsFor = (money: number) => Math.round(money * DEMO.points.pointsPerMoneyUnit)
/** What `"max"` points may pay of a total: half of it, rounded down to the cent. */
const maxShare = (total: number) => Math.floor((total * DEMO.points.maxSharePercent) / 100 * 100 + 1e-6) / 100

/**
 * Journey 7: one PLUS Annual member (journey 1) on two devices. Both check out at the same
 * moment with points that each cart alone may use but both together overspend: one order,
 * the other told its points no longer cover it, its payment never authorized; applying what
 * is left, it completes. Then both devices take the last unit of a points-plus-money mall item
 * at the same moment, with points enough for both: one gets it, the other is told it is out
 * of stock and pays nothing. After each race the points ledger, the stock and the redemptions
 * show each movement once and nothing below zero.
 */
export async function twoDevices(ctx: JourneyContext, demo: DemoStore, currency: Currency) {
  const { shopper: phone, order } = await joinAtCheckout(ctx, demo, currency)
  const laptop = await loginCustomer(ctx.api, ctx.publishableKey, { email: phone.email })
  expect(laptop.customerId).toBe(phone.customerId)

  await overspendPoints(ctx, demo, currency, [phone, laptop], order.id)
  await lastMallUnit(ctx, demo, currency, [phone, laptop])
}

async function overspendPoints(ctx: JourneyContext, demo: DemoStore, currency: Currency, devices: Shopper[], joinOrderId: string) {
  const shop = merchant(ctx)
  const customerId = devices[0].customerId
  const granted = 5_000
  const applied = 3_000
  await shop.adjustPoints(customerId, granted, "journey: points for two devices")
  const before = await shop.points(customerId)
  // The points of the order that bought the plan are still pending: only the grant is spendable.
  expect(before.balances.available).toBe(granted)

  const goods = DEMO.products["wireless-earbuds"].plus[currency]
  const beforePoints = cents(goods - (goods * DEMO.annualDiscountPercent) / 100)
  const credit = applied / DEMO.points.pointsPerMoneyUnit
  expect(applied).toBeLessThanOrEqual(pointsFor(maxShare(beforePoints)))
  expect(2 * applied).toBeGreaterThan(granted)

  const carts = await Promise.all(
    devices.map(async (device) => {
      const cart = storefrontCart(ctx, demo, device, currency)
      await cart.create()
      await cart.add(demo.variants["wireless-earbuds"])
      await cart.ship()
      const priced = await cart.applyPoints(applied)
      expect(cents(priced.credit_line_total)).toBe(credit)
      expect(priced.shipping_total).toBe(0)
      expect(cents(priced.total)).toBe(cents(beforePoints - credit))
      await cart.pay()
      return cart
    })
  )

  const { winner, loser } = await race(ctx, carts, devices)
  expect(cents(winner.completion.body.order!.total)).toBe(cents(beforePoints - credit))
  expect(loser.completion).toEqual({
    status: 400,
    body: {
      type: "invalid_data",
      message: `Your points no longer cover this cart: ${applied} points applied, ${granted - applied} available. Remove the points or apply fewer, then complete the cart again.`,
    },
  })
  await expectPaymentNotTaken(ctx, loser.cart, loser.device)
  expect(await orderIds(ctx, customerId)).toEqual(new Set([joinOrderId, winner.completion.body.order!.id]))

  // Debited once, by the winner; the loser's cart took nothing and gave nothing back.
  const afterRace = await newTransactions(ctx, customerId, before.transactions.length, [["spend", -applied, winner.cart.id, winner.completion.body.order!.id]])
  expect(afterRace.balances).toMatchObject({ available: granted - applied, pending: before.balances.pending })

  // The loser applies what is left (less than half its total) and completes.
  const left = granted - applied
  const retried = await loser.cart.applyPoints("max")
  expect(cents(retried.credit_line_total)).toBe(left / DEMO.points.pointsPerMoneyUnit)
  // A new total: the storefront starts a new payment session, as after any cart change.
  await loser.cart.pay()
  const second = await loser.cart.complete()
  expect(second).toMatchObject({ type: "order" })
  expect(cents(second.order.total)).toBe(cents(beforePoints - left / DEMO.points.pointsPerMoneyUnit))
  const after = await newTransactions(ctx, customerId, before.transactions.length, [
    ["spend", -applied, winner.cart.id, winner.completion.body.order!.id],
    ["spend", -left, loser.cart.id, second.order.id],
  ])
  expect(after.balances).toMatchObject({ available: 0, pending: before.balances.pending })
}

async function lastMallUnit(ctx: JourneyContext, demo: DemoStore, currency: Currency, devices: Shopper[]) {
  const shop = merchant(ctx)
  const customerId = devices[0].customerId
  const price = { points: 1_500, cash: currency === "eur" ? 9 : 10 }
  const { data } = await ctx.api.post(
    "/admin/points/mall/items",
    {
      name: `Last bottle (${currency.toUpperCase()}) ${uniqueSuffix()}`,
      kind: "variant",
      variant_id: demo.variants["steel-bottle"],
      points_price: price.points,
      cash_price: price.cash,
      currency_code: currency,
      stock: 1,
    },
    ctx.admin
  )
  const item = data.item
  // Points for both: only the stock can decide the race.
  await shop.adjustPoints(customerId, 2 * price.points, "journey: points for the last bottle")
  const before = await shop.points(customerId)
  expect(before.balances.available).toBe(2 * price.points)
  const ordersBefore = await orderIds(ctx, customerId)

  // The bottle is below the free-shipping minimum: shipping is paid; a mall line is not discountable.
  expect(price.cash).toBeLessThan(DEMO.freeShippingFrom[currency])
  const total = cents(price.cash + DEMO.shipping[currency])
  const carts = await Promise.all(
    devices.map(async (device) => {
      const cart = storefrontCart(ctx, demo, device, currency)
      await cart.create()
      expect(await cart.addMallItem(item.id)).toMatchObject({ mall_points: price.points })
      const shipped = await cart.ship()
      expect(shipped.items.map((line: { unit_price: number }) => line.unit_price)).toEqual([price.cash])
      expect(shipped.discount_total).toBe(0)
      expect(cents(shipped.total)).toBe(total)
      await cart.pay()
      return cart
    })
  )

  const { winner, loser } = await race(ctx, carts, devices)
  const orderId = winner.completion.body.order!.id
  expect(cents(winner.completion.body.order!.total)).toBe(total)
  expect(loser.completion).toEqual({
    status: 400,
    body: { type: "invalid_data", message: "A points mall item in this cart cannot be bought: This item is out of stock." },
  })
  await expectPaymentNotTaken(ctx, loser.cart, loser.device)
  expect(await orderIds(ctx, customerId)).toEqual(new Set([...ordersBefore, orderId]))

  expect((await shop.mallItem(item.id)).stock).toBe(0)
  const redemptions = await eventually(async () => {
    const rows = (await shop.mallRedemptions(customerId)).filter((row: { item_id: string }) => row.item_id === item.id)
    expect(rows).toEqual([expect.objectContaining({ status: "completed", order_id: orderId })])
    return rows
  })
  expect(redemptions[0]).toMatchObject({ points: price.points, currency_code: currency })
  expect(Number(redemptions[0].cash_amount)).toBe(price.cash)
  // The mall line's spend names the order once placed; its key, not cart_id, names the cart.
  const after = await newTransactions(ctx, customerId, before.transactions.length, [["spend", -price.points, null, orderId]])
  expect(after.balances).toMatchObject({ available: price.points, pending: before.balances.pending })

  // Sold out: the store no longer offers it, and a cart can no longer take it.
  const { data: offered } = await ctx.api.get("/store/points-mall/items?limit=100", { headers: devices[0].headers })
  expect(offered.items.map((offer: { id: string }) => offer.id)).not.toContain(item.id)
  const late = storefrontCart(ctx, demo, devices[0], currency)
  await late.create()
  expect((await failure(late.addMallItem(item.id))).status).toBe(400)
  expect((await shop.mallItem(item.id)).stock).toBe(0)
}

/** Completes both carts at the same moment; exactly one becomes an order. */
async function race(ctx: JourneyContext, carts: Device[], devices: Shopper[]) {
  const completions: Completion[] = await Promise.all(
    carts.map(async (cart, index) => {
      const { status, data } = await ctx.api.post(`/store/carts/${cart.id}/complete`, {}, { headers: devices[index].headers, validateStatus: () => true })
      return { status, body: data }
    })
  )
  const won = completions.map((completion) => completion.body.type === "order")
  expect(won.filter(Boolean)).toHaveLength(1)
  const winnerIndex = won.indexOf(true)
  const loserIndex = 1 - winnerIndex
  expect(completions[winnerIndex].status).toBe(200)
  return {
    winner: { cart: carts[winnerIndex], completion: completions[winnerIndex] },
    loser: { cart: carts[loserIndex], completion: completions[loserIndex], device: devices[loserIndex] },
  }
}

/** The refused cart is still open, its payment session never authorized: no payment exists for it. */
async function expectPaymentNotTaken(ctx: JourneyContext, cart: Device, device: Shopper) {
  const { data } = await ctx.api.get(`/store/carts/${cart.id}?fields=id,completed_at,*payment_collection,*payment_collection.payment_sessions`, {
    headers: device.headers,
  })
  const open: StoreCart = data.cart
  expect(open.completed_at).toBeNull()
  expect(open.payment_collection.status).toBe("not_paid")
  expect(open.payment_collection.payment_sessions.map((session: { status: string }) => session.status)).toEqual(["pending"])
  const sessionId = open.payment_collection.payment_sessions[0].id
  const { data: payments } = await ctx.api.get(`/admin/payments?payment_session_id=${sessionId}`, ctx.admin)
  expect(payments.payments).toEqual([])
}

/** The customer's orders, as the merchant's order list shows them. */
async function orderIds(ctx: JourneyContext, customerId: string) {
  const { data } = await ctx.api.get(`/admin/orders?customer_id=${customerId}&fields=id&limit=100`, ctx.admin)
  return new Set<string>(data.orders.map((order: { id: string }) => order.id))
}

/**
 * The ledger's movements since it had `known` rows, oldest first, are exactly `expected`
 * (type, amount, cart, order); answers the ledger.
 */
async function newTransactions(ctx: JourneyContext, customerId: string, known: number, expected: [string, number, string | null, string][]) {
  return eventually(async () => {
    const ledger = await merchant(ctx).points(customerId)
    const fresh: Tx[] = ledger.transactions.slice(0, ledger.transactions.length - known).reverse()
    expect(fresh.map((tx) => [tx.type, tx.amount, tx.cart_id, tx.order_id])).toEqual(expected)
    return ledger
  })
}
