import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { waitSubscribersExecution } from "@medusajs/test-utils/dist/events"
import { fakeStripe } from "../../fake-stripe"
import { adminHeaders } from "../../helpers/auth"
import { addAddressAndShipping, completeCart, createCart, startPayment } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { pointsHelpers } from "../../helpers/points"
import { failure } from "../../helpers/http"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"
import { STRIPE_PROVIDER_ID } from "../../medusa-config"

type CartLine = { id: string; variant_id: string; quantity: number; unit_price: number; metadata: Record<string, unknown> }

// Points plus money, and mall items with paid shipping: bought through the shopper's own cart.
export const pointsMallCartSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("points mall cart", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let shopper: CustomerSession
    let other: CustomerSession

    const { points, give, available } = pointsHelpers(getContainer)
    const createItem = async (body: Record<string, unknown>) => (await api.post("/admin/points/mall/items", body, admin)).data.item
    /** The kettle ships (flat 5 EUR): 300 points plus 20 EUR. */
    const kettleItem = (extra: Record<string, unknown> = {}) =>
      createItem({ name: "Kettle deal", kind: "variant", points_price: 300, cash_price: 20, currency_code: "eur", variant_id: store.products[1].variantId, ...extra })
    const stockOf = async (itemId: string) => (await api.get(`/admin/points/mall/items/${itemId}`, admin)).data.item.stock
    const redemptionsOf = async (itemId: string) => (await api.get(`/admin/points/mall/redemptions?item_id=${itemId}`, admin)).data.redemptions
    const emptyCart = (customer: CustomerSession) => createCart(api, { headers: customer.headers, regionId: store.regions.eur.id, items: [] })
    const addMall = (cartId: string, itemId: string, customer = shopper) =>
      api.post(`/store/carts/${cartId}/points-mall-items`, { item_id: itemId }, { headers: customer.headers })
    const mallLines = (cart: { items?: CartLine[] }) => (cart.items ?? []).filter((line) => line.metadata?.points_mall_item_id)
    /** Address, the (paid) shipping and a payment session with Medusa's system provider. */
    const readyToPay = async (cartId: string, customer = shopper) => {
      await addAddressAndShipping(api, cartId, { headers: customer.headers, regionId: store.regions.eur.id })
      await startPayment(api, cartId, { headers: customer.headers, providerId: "pp_system_default" })
    }
    async function settled<T>(event: string, action: () => Promise<T>): Promise<T> {
      const done = waitSubscribersExecution(event, getContainer().resolve(Modules.EVENT_BUS))
      const result = await action()
      await done
      return result
    }
    const orderCount = async () => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id"] })
      return data.length
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(api, container)
      store = await createStoreFixture(container, {
        currencies: ["eur"],
        paymentProviders: ["pp_system_default", STRIPE_PROVIDER_ID],
        products: [
          { title: "Mug", prices: { eur: 30 } },
          { title: "Kettle", prices: { eur: 80 }, shipped: true },
        ],
        shipping: { eur: 5 },
      })
      ;[shopper, other] = await Promise.all(
        ["shopper", "other"].map((name) => registerCustomer(api, store.publishableKey, { email: `${name}@mall-cart.test` }))
      )
    })

    it("sells a points plus money item through checkout: cash and paid shipping charged, points and stock taken once, the order recorded", async () => {
      await give(shopper, 1000)
      const item = await kettleItem({ stock: 2 })
      const listed = (await api.get("/store/points-mall/items", { headers: shopper.headers })).data.items
      expect(listed).toEqual([expect.objectContaining({ id: item.id, points_price: 300, cash_price: 20, currency_code: "eur" })])

      const cart = await emptyCart(shopper)
      const added = (await addMall(cart.id, item.id)).data
      expect(added.mall_points).toBe(300)
      expect(mallLines(added.cart)).toEqual([
        expect.objectContaining({
          variant_id: store.products[1].variantId,
          quantity: 1,
          unit_price: 20,
          metadata: expect.objectContaining({ points_mall_item_id: item.id, points_price: 300 }),
        }),
      ])
      const { data: lines } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "line_item", fields: ["is_discountable", "is_custom_price"], filters: { id: mallLines(added.cart)[0].id } })
      expect(lines).toEqual([expect.objectContaining({ is_discountable: false, is_custom_price: true })])
      // Nothing is taken before checkout.
      expect(await available(shopper)).toBe(1000)
      expect(await stockOf(item.id)).toBe(2)

      await readyToPay(cart.id)
      const completion = await settled("order.placed", () => completeCart(api, cart.id, shopper.headers))
      expect(completion.type).toBe("order")
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "total", "payment_collections.amount"], filters: { id: completion.order.id } })
      const order = orders[0] as { total: unknown; payment_collections: { amount: unknown }[] }
      expect(Number(order.total)).toBe(25) // 20 cash + 5 shipping
      expect(order.payment_collections.map((collection) => Number(collection.amount))).toEqual([25])

      expect(await available(shopper)).toBe(700)
      expect(await stockOf(item.id)).toBe(1)
      const spends = await points().listPointsTransactions({ customer_id: shopper.customerId, type: "spend" })
      expect(spends.map((spend) => Number(spend.amount))).toEqual([-300])
      const [redemption] = await redemptionsOf(item.id)
      expect(redemption).toMatchObject({ status: "completed", points: 300, currency_code: "eur", order_id: completion.order.id })
      expect(Number(redemption.cash_amount)).toBe(20)

      // The merchant cancels the order: the points and the stock come back.
      await settled("order.canceled", () => api.post(`/admin/orders/${completion.order.id}/cancel`, {}, admin))
      expect(await available(shopper)).toBe(1000)
      expect(await stockOf(item.id)).toBe(2)
      expect((await redemptionsOf(item.id))[0]).toMatchObject({ id: redemption.id, status: "canceled" })
    })

    it("sells a points-only variant item with paid shipping through the cart; its direct redemption is refused", async () => {
      await give(shopper, 1000)
      const item = await createItem({ name: "Kettle", kind: "variant", points_price: 700, variant_id: store.products[1].variantId })
      const direct = await failure(
        api.post(
          `/store/points-mall/items/${item.id}/redeem`,
          { region_id: store.regions.eur.id, shipping: { option_id: store.shipping!.optionId, address: { country_code: "de" } } },
          { headers: { ...shopper.headers, "idempotency-key": "direct" } }
        )
      )
      expect(direct.status).toBe(400)
      expect(direct.data.message).toMatch(/costs money.*POST \/store\/carts\/:id\/points-mall-items/)
      expect(await available(shopper)).toBe(1000)

      const cart = await emptyCart(shopper)
      expect(mallLines((await addMall(cart.id, item.id)).data.cart).map((line: CartLine) => line.unit_price)).toEqual([0])
      await readyToPay(cart.id)
      const completion = await settled("order.placed", () => completeCart(api, cart.id, shopper.headers))
      expect(completion.type).toBe("order")
      expect(Number(completion.order.total)).toBe(5)
      expect(await available(shopper)).toBe(300)
      const redemptions = await redemptionsOf(item.id)
      // The refused direct redemption was canceled; the cart's names the order.
      expect(redemptions.map((row: { status: string; order_id: string; cash_amount: unknown }) => [row.status, row.order_id, row.cash_amount]).sort()).toEqual([
        ["canceled", null, null],
        ["completed", completion.order.id, null],
      ])
    })

    it("gives the points and the stock back when the completion fails after taking them, and takes them again on the next attempt", async () => {
      await give(shopper, 1000)
      const item = await kettleItem({ stock: 1 })
      const cart = await emptyCart(shopper)
      const [line] = mallLines((await addMall(cart.id, item.id)).data.cart)
      await addAddressAndShipping(api, cart.id, { headers: shopper.headers, regionId: store.regions.eur.id })
      // A Stripe payment the shopper never confirmed: authorization, the last step, fails.
      const session = await startPayment(api, cart.id, { headers: shopper.headers, providerId: STRIPE_PROVIDER_ID })
      expect((await completeCart(api, cart.id, shopper.headers)).type).not.toBe("order")
      expect(await available(shopper)).toBe(1000)
      expect(await stockOf(item.id)).toBe(1)
      expect((await redemptionsOf(item.id)).map((row: { status: string }) => row.status)).toEqual(["canceled"])

      await fakeStripe.confirmIntent(String(session.data.id), "pm_card_visa")
      const placed = await settled("order.placed", () => completeCart(api, cart.id, shopper.headers))
      expect(placed.type).toBe("order")
      expect(await available(shopper)).toBe(700)
      expect(await stockOf(item.id)).toBe(0)
      const standing = (await points().listPointsRedemptions({ item_id: item.id, status: "completed" }))[0]
      expect(standing).toMatchObject({ idempotency_key: `cart:${cart.id}:line:${line.id}:2`, order_id: placed.order.id })
    })

    it("refuses a direct redemption of a points plus money item, and keys reserved for carts", async () => {
      await give(shopper, 1000)
      const item = await kettleItem()
      const direct = await failure(api.post(`/store/points-mall/items/${item.id}/redeem`, {}, { headers: { ...shopper.headers, "idempotency-key": "k" } }))
      expect(direct.status).toBe(400)
      expect(direct.data.message).toMatch(/points plus money.*POST \/store\/carts\/:id\/points-mall-items/)
      const reserved = await failure(
        api.post(`/store/points-mall/items/${item.id}/redeem`, {}, { headers: { ...shopper.headers, "idempotency-key": "cart:x:line:y" } })
      )
      expect(reserved.status).toBe(400)
      expect(await available(shopper)).toBe(1000)
    })

    it("fails the completion with a 400 and takes nothing when the points no longer cover the cart", async () => {
      await give(shopper, 1000)
      const item = await kettleItem({ stock: 1 })
      const cart = await emptyCart(shopper)
      await addMall(cart.id, item.id)
      await readyToPay(cart.id)
      await give(shopper, -800) // spent elsewhere

      const completion = await completeCart(api, cart.id, shopper.headers)
      expect(completion).toMatchObject({ type: "invalid_data", message: expect.stringContaining("Your points no longer cover this cart: 300 points needed") })
      expect(await available(shopper)).toBe(200)
      expect(await stockOf(item.id)).toBe(1)
      expect(await redemptionsOf(item.id)).toEqual([])
      expect(await orderCount()).toBe(0)
    })

    it("needs the balance to cover the points applied to the cart and the mall lines together", async () => {
      const program = await points().loadPointsProgram()
      await points().updatePointsPrograms({
        id: program.id,
        redemption_rates: [{ currency_code: "eur", points_per_unit: 100 }],
        max_share_percent: 100,
        min_redemption: 1,
      } as never)
      await give(shopper, 1000)
      const item = await kettleItem()
      const cart = await emptyCart(shopper)
      await addMall(cart.id, item.id)
      await addAddressAndShipping(api, cart.id, { headers: shopper.headers, regionId: store.regions.eur.id })
      await api.post(`/store/carts/${cart.id}/points`, { points: 800 }, { headers: shopper.headers }) // 8 EUR of the 25
      await startPayment(api, cart.id, { headers: shopper.headers, providerId: "pp_system_default" })

      const refused = await completeCart(api, cart.id, shopper.headers)
      expect(refused).toMatchObject({ type: "invalid_data", message: expect.stringContaining("1100 points needed (800 applied to the total, 300 for points mall items), 1000 available") })
      expect(await available(shopper)).toBe(1000)
      expect(await points().listPointsTransactions({ customer_id: shopper.customerId, type: "spend" })).toEqual([])

      await give(shopper, 100)
      const completion = await completeCart(api, cart.id, shopper.headers)
      expect(completion.type).toBe("order")
      expect(await available(shopper)).toBe(0)
      const spends = await points().listPointsTransactions({ customer_id: shopper.customerId, type: "spend" })
      expect(spends.map((spend) => Number(spend.amount)).sort()).toEqual([-300, -800])
    })

    it("sells the last one once when two checkouts complete at the same time", async () => {
      const item = await kettleItem({ stock: 1 })
      const carts = []
      for (const customer of [shopper, other]) {
        await give(customer, 1000)
        const cart = await emptyCart(customer)
        await addMall(cart.id, item.id, customer)
        await readyToPay(cart.id, customer)
        carts.push({ cart, customer })
      }
      const completions = await Promise.all(carts.map(({ cart, customer }) => completeCart(api, cart.id, customer.headers)))
      expect(completions.filter((completion) => completion.type === "order")).toHaveLength(1)
      expect(completions.filter((completion) => completion.type !== "order")).toEqual([
        expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("out of stock") }),
      ])
      expect(await stockOf(item.id)).toBe(0)
      expect(await redemptionsOf(item.id)).toHaveLength(1)
      expect([await available(shopper), await available(other)].sort()).toEqual([1000, 700].sort())
      expect(await orderCount()).toBe(1)
    })

    it("sells the last one once when a checkout and a direct redemption take it at the same time", async () => {
      const item = await createItem({ name: "Mug", kind: "variant", points_price: 300, variant_id: store.products[0].variantId, stock: 1 })
      await give(shopper, 1000)
      await give(other, 1000)
      const cart = await createCart(api, { headers: shopper.headers, regionId: store.regions.eur.id, items: [{ variant_id: store.products[0].variantId }] })
      await addMall(cart.id, item.id)
      await readyToPay(cart.id)

      const [completion, direct] = await Promise.all([
        completeCart(api, cart.id, shopper.headers),
        api.post(`/store/points-mall/items/${item.id}/redeem`, { region_id: store.regions.eur.id }, { headers: { ...other.headers, "idempotency-key": "last" }, validateStatus: () => true }),
      ])
      const winners = [completion.type === "order", direct.status === 200].filter(Boolean)
      expect(winners).toHaveLength(1)
      expect(completion.type === "order" ? direct.status : completion.type).toEqual(completion.type === "order" ? 400 : "invalid_data")
      expect(await stockOf(item.id)).toBe(0)
      expect((await redemptionsOf(item.id)).filter((row: { status: string }) => row.status === "completed")).toHaveLength(1)
      expect((await available(shopper)) + (await available(other))).toBe(1700)
      expect(await orderCount()).toBe(1)
    })

    it("keeps the per-member limit across the cart's lines and the shopper's carts", async () => {
      await give(shopper, 2000)
      const item = await kettleItem({ limit_per_member: 1 })
      const first = await emptyCart(shopper)
      await addMall(first.id, item.id)
      const again = await failure(addMall(first.id, item.id))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/limited to 1 per member \(0 redeemed, 1 in your cart\)/)

      const second = await emptyCart(shopper)
      await addMall(second.id, item.id) // nothing redeemed yet
      await readyToPay(first.id)
      await readyToPay(second.id)
      expect((await completeCart(api, first.id, shopper.headers)).type).toBe("order")
      const refused = await completeCart(api, second.id, shopper.headers)
      expect(refused).toMatchObject({ type: "invalid_data", message: expect.stringContaining("already redeemed this item 1 time") })
      expect(await available(shopper)).toBe(1700)
      expect((await failure(addMall((await emptyCart(shopper)).id, item.id))).status).toBe(400)
    })

    it("refuses at completion a mall line of a variant the item no longer gives", async () => {
      await give(shopper, 1000)
      const item = await kettleItem({ cash_price: 0 })
      const cart = await emptyCart(shopper)
      await addMall(cart.id, item.id)
      await api.post(`/admin/points/mall/items/${item.id}`, { variant_id: store.products[0].variantId }, admin)
      await readyToPay(cart.id)

      const completion = await completeCart(api, cart.id, shopper.headers)
      expect(completion).toMatchObject({ type: "invalid_data", message: expect.stringContaining("is now another product: remove it from the cart and add it again") })
      expect(await available(shopper)).toBe(1000)
      expect(await orderCount()).toBe(0)
    })

    it("removes a mall line, and refuses to change one", async () => {
      await give(shopper, 1000)
      const item = await kettleItem()
      const cart = await createCart(api, { headers: shopper.headers, regionId: store.regions.eur.id, items: [{ variant_id: store.products[0].variantId }] })
      const [line] = mallLines((await addMall(cart.id, item.id)).data.cart)
      const plain = cart.items[0]

      const changed = await failure(api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 2 }, { headers: shopper.headers }))
      expect(changed.status).toBe(400)
      expect(changed.data.message).toMatch(/points mall line cannot be changed/)
      expect((await failure(api.delete(`/store/carts/${cart.id}/points-mall-items/${plain.id}`, { headers: shopper.headers }))).status).toBe(404)

      const removed = (await api.delete(`/store/carts/${cart.id}/points-mall-items/${line.id}`, { headers: shopper.headers })).data
      expect(removed.mall_points).toBe(0)
      expect(removed.cart.items.map((item: CartLine) => item.id)).toEqual([plain.id])
    })

    it("lets the merchant price a product item in points plus money, naming the field of a bad one", async () => {
      const item = await kettleItem()
      expect(item).toMatchObject({ cash_price: 20, currency_code: "eur" })
      const refused = async (body: Record<string, unknown>, message: RegExp) => {
        const response = await failure(api.post("/admin/points/mall/items", body, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      }
      const base = { name: "Kettle", kind: "variant", points_price: 300, variant_id: store.products[1].variantId }
      await refused({ ...base, cash_price: 20 }, /^currency_code is required/)
      await refused({ ...base, cash_price: 5.555, currency_code: "eur" }, /^cash_price: EUR amounts have at most 2 decimals/)
      const pointsOnly = (await api.post(`/admin/points/mall/items/${item.id}`, { cash_price: null }, admin)).data.item
      expect(pointsOnly).toMatchObject({ cash_price: null })
    })

    it("refuses another currency, a guest, another shopper's cart and unknown items", async () => {
      await give(shopper, 1000)
      const dollars = await kettleItem({ currency_code: "usd" })
      const cart = await emptyCart(shopper)
      const wrong = await failure(addMall(cart.id, dollars.id))
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toMatch(/^item_id: .* USD .* EUR/)

      const item = await kettleItem()
      const guest = await failure(api.post(`/store/carts/${cart.id}/points-mall-items`, { item_id: item.id }, store.store))
      expect(guest.status).toBe(401)
      expect((await failure(addMall(cart.id, item.id, other))).status).toBe(404)
      expect((await failure(api.delete(`/store/carts/${cart.id}/points-mall-items/anything`, { headers: other.headers }))).status).toBe(404)
      expect((await failure(addMall(cart.id, "pmitem_missing"))).status).toBe(404)
      const bad = await failure(api.post(`/store/carts/${cart.id}/points-mall-items`, {}, { headers: shopper.headers }))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/item_id/)
      expect(mallLines((await api.get(`/store/carts/${cart.id}`, { headers: shopper.headers })).data.cart)).toEqual([])
    })
  })
