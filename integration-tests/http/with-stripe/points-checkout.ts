import { Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { waitSubscribersExecution } from "@medusajs/test-utils/dist/events"
import { POINTS_MODULE, type PointsModuleService } from "../../../src/modules/points"
import { fakeStripe } from "../../fake-stripe"
import { adminHeaders } from "../../helpers/auth"
import { addAddressAndShipping, completeCart, createCart, startPayment } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { captureOrderPayment } from "../../helpers/membership"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"
import { STRIPE_PROVIDER_ID } from "../../medusa-config"

type Lot = { id: string; amount: number; remaining: number }
type Transaction = { type: string; amount: number; lots: { lot_id: string; amount: number }[]; idempotency_key: string; order_id: string | null; cart_id: string | null }

export const pointsCheckoutSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("points checkout", () => {
    let admin: { headers: Record<string, string> }
    let store: StoreFixture
    let shopper: CustomerSession
    /** The shopper's points: an older lot of 1000 and a newer one of 2000. */
    let lots: Lot[]

    const points = () => getContainer().resolve<PointsModuleService>(POINTS_MODULE)
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const available = async (customerId = shopper.customerId) => (await points().pointsBalances(customerId)).available
    const transactions = async (filters: Record<string, unknown> = {}) =>
      (await points().listPointsTransactions({ customer_id: shopper.customerId, ...filters }, { order: { created_at: "ASC" } })) as unknown as Transaction[]
    const lotsNow = async () => (await points().listPointsLots({ customer_id: shopper.customerId }, { order: { created_at: "ASC" } })) as unknown as Lot[]

    async function settled<T>(event: string, action: () => Promise<T>): Promise<T> {
      const done = waitSubscribersExecution(event, eventBus())
      const result = await action()
      await done
      return result
    }

    async function givePoints(customerId: string, amount: number, key: string) {
      await points().postPoints({ customer_id: customerId, type: "adjust", amount, idempotency_key: key, now: new Date(), note: "test grant" })
    }

    /** A cart of the shopper's with one tea (40) and shipping (10): 50 EUR; or in USD. */
    async function readyCart(session = shopper, currency: "eur" | "usd" = "eur") {
      const regionId = store.regions[currency].id
      const cart = await createCart(api, { headers: session.headers, regionId, items: [{ variant_id: store.products[0].variantId }] })
      return addAddressAndShipping(api, cart.id, { headers: session.headers, regionId })
    }

    const applyPoints = (cartId: string, body: unknown, session = shopper) =>
      api.post(`/store/carts/${cartId}/points`, body, { headers: session.headers })
    const pointsLines = (cart: { credit_lines?: { reference: string }[] }) => (cart.credit_lines ?? []).filter((line) => line.reference === "points")
    const storeCart = async (cartId: string) => (await api.get(`/store/carts/${cartId}`, { headers: shopper.headers })).data.cart
    /** Payments Medusa authorized for a cart (none: nothing was charged). */
    async function cartPayments(cartId: string) {
      const { data } = await getContainer()
        .resolve("query")
        .graph({ entity: "cart", fields: ["payment_collection.payments.id"], filters: { id: cartId } })
      return (data[0] as { payment_collection?: { payments?: unknown[] } }).payment_collection?.payments ?? []
    }

    /** Applies points, starts the payment with the system provider and completes, waiting for `order.placed` subscribers. */
    async function buyWithPoints(amount: number | "max") {
      const cart = await readyCart()
      await applyPoints(cart.id, { points: amount })
      await startPayment(api, cart.id, { headers: shopper.headers, providerId: "pp_system_default" })
      const completion = await settled("order.placed", () => completeCart(api, cart.id, shopper.headers))
      expect(completion.type).toBe("order")
      return { cart, order: completion.order }
    }

    beforeEach(async () => {
      fakeStripe.reset()
      admin = await adminHeaders(api, getContainer())
      store = await createStoreFixture(getContainer(), {
        currencies: ["eur", "usd"],
        paymentProviders: ["pp_system_default", STRIPE_PROVIDER_ID],
        products: [{ title: "Tea", prices: { eur: 40, usd: 40 }, shipped: true }],
        shipping: { eur: 10, usd: 10 },
      })
      shopper = await registerCustomer(api, store.publishableKey, { email: "spender@points.test" })
      const program = await points().loadPointsProgram()
      await points().updatePointsPrograms({
        id: program.id,
        redemption_rates: [{ currency_code: "eur", points_per_unit: 100 }],
        max_share_percent: 50,
        min_redemption: 100,
      } as never)
      await givePoints(shopper.customerId, 1000, "grant:older")
      await givePoints(shopper.customerId, 2000, "grant:newer")
      lots = await lotsNow()
    })

    describe("applying points to a cart", () => {
      it("sets one points credit line worth the points, replacing an earlier one, and the total shows it", async () => {
        const cart = await readyCart()
        expect(Number(cart.total)).toBe(50)

        const first = (await applyPoints(cart.id, { points: 1500 })).data.cart
        expect(pointsLines(first)).toEqual([
          expect.objectContaining({ amount: 15, reference: "points", metadata: expect.objectContaining({ points: 1500, points_per_unit: 100 }) }),
        ])
        expect(Number(first.credit_line_total)).toBe(15)
        expect(Number(first.total)).toBe(35)

        const second = (await applyPoints(cart.id, { points: 1000 })).data.cart
        expect(pointsLines(second)).toHaveLength(1)
        expect(Number(second.total)).toBe(40)
        expect(pointsLines(await storeCart(cart.id))).toEqual([expect.objectContaining({ amount: 10 })])
        expect(await available()).toBe(3000) // applying debits nothing
      })

      it('"max" takes the most the rules allow: the share of the total (shipping included) or the balance', async () => {
        const cart = await readyCart()
        const capped = (await applyPoints(cart.id, { points: "max" })).data.cart
        expect(pointsLines(capped)).toEqual([expect.objectContaining({ amount: 25, metadata: expect.objectContaining({ points: 2500 }) })])
        expect(Number(capped.total)).toBe(25)

        await points().postPoints({ customer_id: shopper.customerId, type: "adjust", amount: -1800, idempotency_key: "take", now: new Date() })
        const byBalance = (await applyPoints(cart.id, { points: "max" })).data.cart
        expect(pointsLines(byBalance)).toEqual([expect.objectContaining({ amount: 12, metadata: expect.objectContaining({ points: 1200 }) })])
      })

      it("refuses more than the share, more than the balance, fewer than the minimum, and a currency without a rate", async () => {
        const cart = await readyCart()
        const overCap = await failure(applyPoints(cart.id, { points: 2600 }))
        expect(overCap).toMatchObject({ status: 400, data: { message: expect.stringContaining("At most 2500 points") } })

        await points().postPoints({ customer_id: shopper.customerId, type: "adjust", amount: -2000, idempotency_key: "take", now: new Date() })
        const overBalance = await failure(applyPoints(cart.id, { points: 1500 }))
        expect(overBalance).toMatchObject({ status: 400, data: { message: "Not enough points: 1000 available, 1500 needed." } })
        const belowMinimum = await failure(applyPoints(cart.id, { points: 99 }))
        expect(belowMinimum).toMatchObject({ status: 400, data: { message: expect.stringContaining("At least 100 points") } })

        const usd = await readyCart(shopper, "usd")
        const noRate = await failure(applyPoints(usd.id, { points: 500 }))
        expect(noRate).toMatchObject({ status: 400, data: { message: "Points cannot pay in USD." } })
        expect(pointsLines(await storeCart(cart.id))).toHaveLength(0)
      })

      it("refuses negative, fractional, huge and non-numeric points with 400 and changes nothing", async () => {
        const cart = await readyCart()
        await applyPoints(cart.id, { points: 500 })
        for (const body of [{ points: -5 }, { points: 0 }, { points: 1.5 }, { points: 1e12 }, { points: "abc" }, { points: "500" }, { points: null }, {}, { points: 500, extra: 1 }]) {
          const refused = await failure(applyPoints(cart.id, body))
          expect(refused.status).toBe(400)
        }
        const cartNow = await storeCart(cart.id)
        expect(pointsLines(cartNow)).toEqual([expect.objectContaining({ amount: 5, metadata: expect.objectContaining({ points: 500 }) })])
        expect(Number(cartNow.total)).toBe(45)
      })

      it("only lets the signed-in shopper touch their own cart", async () => {
        const cart = await readyCart()
        const other = await registerCustomer(api, store.publishableKey, { email: "other@points.test" })
        await givePoints(other.customerId, 3000, "grant:other")
        expect((await failure(applyPoints(cart.id, { points: 500 }, other))).status).toBe(404)
        expect((await failure(api.delete(`/store/carts/${cart.id}/points`, { headers: other.headers }))).status).toBe(404)
        expect((await failure(api.post(`/store/carts/${cart.id}/points`, { points: 500 }, store.store))).status).toBe(401)
        expect(pointsLines(await storeCart(cart.id))).toHaveLength(0)
      })

      it("waits for Medusa's own work on the cart (e.g. a completion in progress) before changing its points", async () => {
        const cart = await readyCart()
        const locking = getContainer().resolve(Modules.LOCKING)
        // Medusa's cart workflows (completion, add to cart, ...) lock the cart under its id.
        await locking.acquire(cart.id, { ownerId: "completion-in-progress", expire: 30 })
        const applying = applyPoints(cart.id, { points: 1500 })
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(pointsLines(await storeCart(cart.id))).toHaveLength(0)
        await locking.release(cart.id, { ownerId: "completion-in-progress" })
        expect(pointsLines((await applying).data.cart)).toEqual([expect.objectContaining({ amount: 15 })])
      })

      it("DELETE removes the points credit line", async () => {
        const cart = await readyCart()
        await applyPoints(cart.id, { points: 2000 })
        const { data } = await api.delete(`/store/carts/${cart.id}/points`, { headers: shopper.headers })
        expect(pointsLines(data.cart)).toHaveLength(0)
        expect(Number(data.cart.total)).toBe(50)
      })
    })

    describe("completing a cart paid partly with points", () => {
      it("debits the points once, oldest lots first, and ties the debit to the order", async () => {
        const { cart, order } = await buyWithPoints(1500)
        expect(Number(order.total)).toBe(35)
        expect(await available()).toBe(1500)
        const spends = await transactions({ type: "spend" })
        expect(spends).toEqual([
          expect.objectContaining({
            amount: -1500,
            idempotency_key: `cart:${cart.id}:spend`,
            cart_id: cart.id,
            order_id: order.id,
            lots: [
              { lot_id: lots[0].id, amount: 1000 },
              { lot_id: lots[1].id, amount: 500 },
            ],
          }),
        ])
        expect((await lotsNow()).map((lot) => lot.remaining)).toEqual([0, 1500])

        // Completing again answers with the same order and debits nothing more.
        const again = await completeCart(api, cart.id, shopper.headers)
        expect(again).toMatchObject({ type: "order", order: { id: order.id } })
        expect(await transactions({ type: "spend" })).toHaveLength(1)
        expect(await available()).toBe(1500)
      })

      it("fails with a clear error, debiting nothing, when the balance was spent elsewhere first", async () => {
        const cart = await readyCart()
        await applyPoints(cart.id, { points: 2000 })
        await startPayment(api, cart.id, { headers: shopper.headers, providerId: "pp_system_default" })
        await points().postPoints({ customer_id: shopper.customerId, type: "adjust", amount: -1500, idempotency_key: "elsewhere", now: new Date() })

        const completion = await completeCart(api, cart.id, shopper.headers)
        expect(completion).toMatchObject({
          type: "invalid_data",
          message: "Your points no longer cover this cart: 2000 points applied, 1500 available. Remove the points or apply fewer, then complete the cart again.",
        })
        expect(await transactions({ type: "spend" })).toHaveLength(0)
        expect(await available()).toBe(1500)
        expect((await storeCart(cart.id)).completed_at).toBeFalsy()
        expect(await cartPayments(cart.id)).toHaveLength(0)
      })

      it('completes a "max" line whose cap is not worth whole points, charging only the whole points within it', async () => {
        const program = await points().loadPointsProgram()
        await points().updatePointsPrograms({
          id: program.id,
          redemption_rates: [{ currency_code: "eur", points_per_unit: 1 }],
          max_share_percent: 33,
          min_redemption: 0,
        } as never)
        const cart = await readyCart()
        const applied = (await applyPoints(cart.id, { points: "max" })).data.cart // 33% of 50 EUR = 16.50 EUR
        expect(pointsLines(applied)).toEqual([expect.objectContaining({ amount: 16, metadata: expect.objectContaining({ points: 16 }) })])
        await startPayment(api, cart.id, { headers: shopper.headers, providerId: "pp_system_default" })
        const completion = await settled("order.placed", () => completeCart(api, cart.id, shopper.headers))
        expect(completion.type).toBe("order")
        expect(Number(completion.order.total)).toBe(34)
        expect(await available()).toBe(2984)
      })

      it("refuses at completion a points line the changed cart no longer allows", async () => {
        const regionId = store.regions.eur.id
        const created = await createCart(api, { headers: shopper.headers, regionId, items: [{ variant_id: store.products[0].variantId, quantity: 2 }] })
        const cart = await addAddressAndShipping(api, created.id, { headers: shopper.headers, regionId })
        expect(Number(cart.total)).toBe(90)
        await applyPoints(cart.id, { points: 3000 }) // 30 EUR of at most 45
        await api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 1 }, { headers: shopper.headers })
        await startPayment(api, cart.id, { headers: shopper.headers, providerId: "pp_system_default" })

        const completion = await completeCart(api, cart.id, shopper.headers)
        expect(completion).toMatchObject({
          type: "invalid_data",
          message:
            "The points on this cart no longer fit it: At most 2500 points can pay for this cart (50% of its total). Remove the points or apply them again.",
        })
        expect(await transactions({ type: "spend" })).toHaveLength(0)
        expect(await available()).toBe(3000)
      })

      it("lets exactly one of two carts completing at the same moment spend the same points", async () => {
        const carts = [await readyCart(), await readyCart()]
        for (const cart of carts) {
          await applyPoints(cart.id, { points: 2000 })
          await startPayment(api, cart.id, { headers: shopper.headers, providerId: "pp_system_default" })
        }
        const completions = await Promise.all(carts.map((cart) => completeCart(api, cart.id, shopper.headers)))

        const orders = completions.filter((completion) => completion.type === "order")
        const refused = completions.filter((completion) => completion.type !== "order")
        expect(orders).toHaveLength(1)
        expect(refused).toEqual([expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("Your points no longer cover this cart") })])
        expect(await transactions({ type: "spend" })).toEqual([expect.objectContaining({ amount: -2000 })])
        expect(await available()).toBe(1000)
        const completed = await Promise.all(carts.map(async (cart) => Boolean((await storeCart(cart.id)).completed_at)))
        expect(completed.filter(Boolean)).toHaveLength(1)
        const loser = carts[completed.indexOf(false)]
        expect(await cartPayments(loser.id)).toHaveLength(0) // nothing charged
      })

      it("puts the points back when the completion fails after the debit, and debits again on the next attempt", async () => {
        const cart = await readyCart()
        await applyPoints(cart.id, { points: 1500 })
        // A Stripe payment the shopper never confirmed: authorization, the last step, fails.
        const session = await startPayment(api, cart.id, { headers: shopper.headers, providerId: STRIPE_PROVIDER_ID })
        const failed = await completeCart(api, cart.id, shopper.headers)
        expect(failed.type).not.toBe("order")
        expect(await available()).toBe(3000)
        expect((await transactions()).filter((tx) => tx.cart_id === cart.id).map((tx) => [tx.type, tx.amount, tx.idempotency_key])).toEqual([
          ["spend", -1500, `cart:${cart.id}:spend`],
          ["refund", 1500, `cart:${cart.id}:spend:undo`],
        ])
        expect((await lotsNow()).map((lot) => lot.remaining)).toEqual([1000, 2000])

        await fakeStripe.confirmIntent(String(session.data.id), "pm_card_visa")
        const placed = await completeCart(api, cart.id, shopper.headers)
        expect(placed.type).toBe("order")
        expect(await available()).toBe(1500)
        expect((await transactions({ type: "spend" })).map((tx) => tx.idempotency_key)).toEqual([`cart:${cart.id}:spend`, `cart:${cart.id}:spend:2`])
      })
    })

    describe("giving spent points back", () => {
      const paymentOf = async (orderId: string) =>
        (await api.get(`/admin/orders/${orderId}?fields=*payment_collections.payments`, admin)).data.order.payment_collections[0].payments[0]

      it("restores all spent points into their lots when the order is canceled", async () => {
        const { order } = await buyWithPoints(1500)
        await settled("order.canceled", () => api.post(`/admin/orders/${order.id}/cancel`, {}, admin))
        expect(await available()).toBe(3000)
        expect((await lotsNow()).map((lot) => lot.remaining)).toEqual([1000, 2000])
        expect(await transactions({ type: "refund" })).toEqual([
          expect.objectContaining({ amount: 1500, order_id: order.id, idempotency_key: `order:${order.id}:points-restore:1500` }),
        ])
      })

      it("restores the refunded share of the points with each partial refund, and all of them by the end", async () => {
        const { order } = await buyWithPoints(1500) // 15 EUR in points, 35 EUR in money
        await captureOrderPayment(api, admin, getContainer(), order.id)
        const payment = await paymentOf(order.id)
        const refund = (amount: number) => settled("payment.refunded", () => api.post(`/admin/payments/${payment.id}/refund`, { amount }, admin))

        await refund(7) // 20% of the money: 300 points
        expect(await available()).toBe(1800)
        await refund(7) // 40% in all: 600 points
        expect(await available()).toBe(2100)
        expect((await lotsNow()).map((lot) => lot.remaining)).toEqual([100, 2000]) // newest lots first
        await refund(21) // the rest
        expect(await available()).toBe(3000)
        expect((await transactions({ type: "refund" })).map((tx) => [tx.amount, tx.idempotency_key])).toEqual([
          [300, `order:${order.id}:points-restore:300`],
          [300, `order:${order.id}:points-restore:600`],
          [900, `order:${order.id}:points-restore:1500`],
        ])
      })
    })
  })
