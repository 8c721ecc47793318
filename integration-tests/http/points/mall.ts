import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { waitSubscribersExecution } from "@medusajs/test-utils/dist/events"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../src/modules/partner"
import { cancelOrderMallRedemptionsWorkflow } from "../../../src/workflows/points-mall/workflows/cancel-order-mall-redemptions"
import { adminHeaders } from "../../helpers/auth"
import { addAddressAndShipping, checkout, completeCart, createCart, startPayment } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { pointsHelpers } from "../../helpers/points"
import { failure } from "../../helpers/http"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"

const DAY_MS = 86_400_000

type Redemption = {
  id: string
  item_id: string
  customer_id: string
  points: number
  status: string
  order_id: string | null
  promotion_id: string | null
  code: string | null
}

export const mallSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("mall", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let shopper: CustomerSession
    let other: CustomerSession

    const { points, give, available } = pointsHelpers(getContainer)
    const createItem = async (body: Record<string, unknown>) => (await api.post("/admin/points/mall/items", body, admin)).data.item
    const couponItem = (extra: Record<string, unknown> = {}) =>
      createItem({
        name: "5 EUR off",
        kind: "coupon",
        points_price: 200,
        coupon: { value_type: "fixed", value: 5, currency_code: "EUR", valid_days: 30 },
        ...extra,
      })
    const redeem = (customer: CustomerSession, itemId: string, key: string, body: Record<string, unknown> = {}) =>
      api.post(`/store/points-mall/items/${itemId}/redeem`, body, { headers: { ...customer.headers, "idempotency-key": key } })
    // Every answer, unparsed: replays must repeat the first answer byte for byte.
    const redeemRaw = async (customer: CustomerSession, itemId: string, key: string, body: Record<string, unknown> = {}) => {
      const response = await api.post(`/store/points-mall/items/${itemId}/redeem`, body, {
        headers: { ...customer.headers, "idempotency-key": key },
        transformResponse: [(data: string) => data],
        validateStatus: () => true,
      })
      return { status: response.status as number, text: response.data as string }
    }
    const sameAnswers = (answers: { status: number; text: string }[]) => expect(new Set(answers.map((answer) => `${answer.status} ${answer.text}`)).size).toBe(1)
    const stockOf = async (itemId: string) => (await api.get(`/admin/points/mall/items/${itemId}`, admin)).data.item.stock
    const redemptionsOf = async (query: string) => (await api.get(`/admin/points/mall/redemptions?${query}`, admin)).data
    const tier = async (name: string, rank: number, threshold: number) =>
      (await api.post("/admin/membership/tiers", { name, rank, threshold }, admin)).data.tier
    const growth = (customer: CustomerSession, amount: number) =>
      api.post(`/admin/membership/customers/${customer.customerId}/growth`, { amount, note: "test" }, admin)

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(api, container)
      store = await createStoreFixture(container, {
        currencies: ["eur"],
        products: [
          { title: "Mug", prices: { eur: 30 } },
          { title: "Kettle", prices: { eur: 80 }, shipped: true },
        ],
        shipping: { eur: 5 },
      })
      ;[shopper, other] = await Promise.all(
        ["shopper", "other"].map((name) => registerCustomer(api, store.publishableKey, { email: `${name}@mall.test` }))
      )
    })

    describe("admin items", () => {
      it("creates, lists, updates and deletes items, refusing bad ones with a 400 naming the field", async () => {
        const coupon = await couponItem({ stock: 10, limit_per_member: 1, limit_period: "month" })
        expect(coupon).toMatchObject({ kind: "coupon", points_price: 200, stock: 10, limit_period: "month", status: "active", tier_ids: [] })
        const mug = await createItem({ name: "Mug", kind: "variant", points_price: 900, variant_id: store.products[0].variantId })
        expect(mug).toMatchObject({ kind: "variant", variant_id: store.products[0].variantId, stock: null })

        const refused = async (body: Record<string, unknown>, message: RegExp) => {
          const response = await failure(api.post("/admin/points/mall/items", body, admin))
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(message)
        }
        const base = { name: "Thing", kind: "coupon", points_price: 10, coupon: { value_type: "percentage", value: 10, valid_days: 7 } }
        await refused({ ...base, points_price: 0 }, /points_price/)
        await refused({ ...base, points_price: 1.5 }, /points_price/)
        await refused({ ...base, name: "" }, /name/)
        await refused({ ...base, kind: "partner_code" }, /partner_code/)
        await refused({ ...base, cash_price: 5, currency_code: "eur" }, /cash_price/)
        await refused({ ...base, coupon: undefined }, /coupon is required/)
        await refused({ ...base, coupon: { value_type: "fixed", value: 5, valid_days: 7 } }, /coupon.currency_code/)
        await refused({ ...base, coupon: { value_type: "percentage", value: 150, valid_days: 7 } }, /coupon.value/)
        await refused({ ...base, coupon: { value_type: "fixed", value: 5.555, currency_code: "EUR", valid_days: 7 } }, /coupon.value/)
        await refused({ ...base, coupon: { value_type: "percentage", value: 10, valid_days: 0 } }, /valid_days/)
        await refused({ ...base, kind: "variant", coupon: undefined }, /variant_id is required/)
        await refused({ ...base, kind: "variant", coupon: undefined, variant_id: "variant_missing" }, /variant_id: unknown variant/)
        await refused({ ...base, stock: -1 }, /stock/)
        await refused({ ...base, limit_period: "week" }, /limit_period/)
        await refused({ ...base, tier_ids: ["mtier_missing"] }, /tier_ids: unknown tiers/)
        await refused({ ...base, starts_at: "2027-02-01T00:00:00Z", ends_at: "2027-01-01T00:00:00Z" }, /ends_at/)
        // Dates are ISO strings only: `ends_at: true` once saved an item that ended in 1970.
        for (const date of [true, -1, 1.5, ["2027-01-01"], "tomorrow", "2027-01-01T00:00:00"]) {
          await refused({ ...base, ends_at: date }, /ends_at/)
          await refused({ ...base, starts_at: date }, /starts_at/)
        }
        await refused({ ...base, surprise: true }, /surprise/)

        const page = (await api.get("/admin/points/mall/items?limit=1", admin)).data
        expect(page).toMatchObject({ count: 2, offset: 0, limit: 1 })
        expect(page.items.map((item: { id: string }) => item.id)).toEqual([mug.id])
        expect((await api.get("/admin/points/mall/items?kind=coupon", admin)).data.items.map((item: { id: string }) => item.id)).toEqual([coupon.id])
        expect((await failure(api.get("/admin/points/mall/items?limit=500", admin))).status).toBe(400)

        const updated = (await api.post(`/admin/points/mall/items/${coupon.id}`, { stock: null, status: "archived" }, admin)).data.item
        expect(updated).toMatchObject({ stock: null, status: "archived", points_price: 200 })
        const clash = await failure(api.post(`/admin/points/mall/items/${coupon.id}`, { ends_at: "2020-01-01T00:00:00Z", starts_at: "2021-01-01T00:00:00Z" }, admin))
        expect(clash.status).toBe(400)
        const badEnd = await failure(api.post(`/admin/points/mall/items/${coupon.id}`, { ends_at: true }, admin))
        expect(badEnd.status).toBe(400)
        expect(badEnd.data.message).toMatch(/ends_at/)
        const dated = (await api.post(`/admin/points/mall/items/${coupon.id}`, { ends_at: "2030-01-31" }, admin)).data.item
        expect(dated.ends_at).toBe("2030-01-31T00:00:00.000Z")
        expect((await api.post(`/admin/points/mall/items/${coupon.id}`, { ends_at: null }, admin)).data.item.ends_at).toBeNull()
        const unset = await failure(api.post(`/admin/points/mall/items/${mug.id}`, { variant_id: null }, admin))
        expect(unset.status).toBe(400)
        expect(unset.data.message).toMatch(/variant_id/)
        expect((await failure(api.post(`/admin/points/mall/items/${mug.id}`, { kind: "coupon" }, admin))).status).toBe(400)

        expect((await api.delete(`/admin/points/mall/items/${mug.id}`, admin)).data).toEqual({ id: mug.id, object: "points_mall_item", deleted: true })
        expect((await failure(api.get(`/admin/points/mall/items/${mug.id}`, admin))).status).toBe(404)
        expect((await failure(api.get("/admin/points/mall/items", { headers: {} }))).status).toBe(401)
        expect(await redemptionsOf("")).toMatchObject({ redemptions: [], count: 0 })
      })
    })

    describe("the store's list", () => {
      it("shows live, in-stock items of the shopper's tier (and the tiers below)", async () => {
        const silver = await tier("Silver", 1, 100)
        const gold = await tier("Gold", 2, 500)
        await tier("Platinum", 3, 1000)
        const [silverShopper, platinumShopper] = [shopper, other]
        await growth(silverShopper, 150)
        await growth(platinumShopper, 1200)

        const open = await couponItem({ name: "Open", points_price: 100 })
        await couponItem({ name: "Archived", status: "archived" })
        await couponItem({ name: "Future", starts_at: new Date(Date.now() + DAY_MS).toISOString() })
        await couponItem({ name: "Past", starts_at: new Date(Date.now() - 2 * DAY_MS).toISOString(), ends_at: new Date(Date.now() - DAY_MS).toISOString() })
        await couponItem({ name: "Sold out", stock: 0 })
        const silverOnly = await couponItem({ name: "Silver", tier_ids: [silver.id], points_price: 300 })
        const goldOnly = await couponItem({ name: "Gold", tier_ids: [gold.id], points_price: 400 })

        const names = async (headers: Record<string, string>, query = "") =>
          (await api.get(`/store/points-mall/items${query}`, { headers })).data.items.map((item: { name: string }) => item.name)
        expect(await names(store.store.headers)).toEqual(["Open"])
        expect(await names(silverShopper.headers)).toEqual(["Open", "Silver"])
        expect(await names(platinumShopper.headers)).toEqual(["Open", "Silver", "Gold"])

        const page = (await api.get("/store/points-mall/items?limit=1&offset=1", { headers: platinumShopper.headers })).data
        expect(page).toMatchObject({ count: 3, offset: 1, limit: 1 })
        expect(page.items[0]).toMatchObject({ id: silverOnly.id, points_price: 300 })
        expect(page.items[0].tier_ids).toBeUndefined()

        // A tier's item cannot be redeemed from below, nor a sold-out one.
        await give(silverShopper, 1000)
        const refused = await failure(redeem(silverShopper, goldOnly.id, "gold-try"))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/reserved for other tiers/)
        expect((await failure(api.get("/store/points-mall/items", { headers: {} }))).status).toBeGreaterThanOrEqual(400)
        expect((await redeem(silverShopper, open.id, "open")).data.redemption.status).toBe("completed")
      })
    })

    describe("redeeming", () => {
      it("issues a single-use code for a coupon item, usable by that customer only, once per key", async () => {
        await give(shopper, 500)
        const item = await couponItem({ stock: 3 })

        const { data } = await redeem(shopper, item.id, "first-try")
        const redemption: Redemption = data.redemption
        expect(redemption).toMatchObject({ item_id: item.id, points: 200, status: "completed", order_id: null })
        expect(redemption.code).toMatch(/^MBR-/)
        expect(await available(shopper)).toBe(300)
        expect(await stockOf(item.id)).toBe(2)

        // The same key again: the first redemption, nothing taken twice.
        const replay = (await redeem(shopper, item.id, "first-try")).data.redemption
        expect(replay).toMatchObject({ id: redemption.id, code: redemption.code })
        expect(await available(shopper)).toBe(300)
        expect(await stockOf(item.id)).toBe(2)
        const elsewhere = await couponItem({ name: "Another" })
        expect((await failure(redeem(shopper, elsewhere.id, "first-try"))).status).toBe(409)

        const transactions = await points().listPointsTransactions({ customer_id: shopper.customerId, type: "spend" })
        expect(transactions).toHaveLength(1)
        expect(transactions[0]).toMatchObject({ amount: -200, reference: redemption.id, idempotency_key: `mall:${shopper.customerId}:first-try` })

        const cartOf = (customer: CustomerSession) =>
          createCart(api, { headers: customer.headers, regionId: store.regions.eur.id, items: [{ variant_id: store.products[0].variantId }] })
        const apply = (cartId: string, customer: CustomerSession) =>
          api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [redemption.code] }, { headers: customer.headers })

        // Someone else's cart: the promotion's customer rule leaves it without the discount.
        const theirs = (await apply((await cartOf(other)).id, other)).data.cart
        expect(theirs).toMatchObject({ discount_total: 0, total: 30 })

        const cart = await cartOf(shopper)
        expect((await apply(cart.id, shopper)).data.cart).toMatchObject({ discount_total: 5, total: 25 })
        await addAddressAndShipping(api, cart.id, { headers: shopper.headers, regionId: store.regions.eur.id })
        await startPayment(api, cart.id, { headers: shopper.headers, providerId: "pp_system_default" })
        const completed = await completeCart(api, cart.id, shopper.headers)
        expect(completed.type).toBe("order")
        expect(completed.order.discount_total).toBe(5)
        const again = await cartOf(shopper)
        const reused = await apply(again.id, shopper).then(
          (response: { data: { cart: { discount_total: number } } }) => response.data.cart.discount_total,
          (error: { response: { status: number } }) => error.response.status
        )
        expect([0, 400]).toContain(reused)

        const mine = (await api.get("/store/points-mall/redemptions", { headers: shopper.headers })).data
        expect(mine).toMatchObject({ count: 1, offset: 0 })
        expect(mine.redemptions[0]).toMatchObject({ id: redemption.id, code: redemption.code, points: 200 })
        expect((await api.get("/store/points-mall/redemptions", { headers: other.headers })).data.count).toBe(0)
        expect((await redemptionsOf(`customer_id=${shopper.customerId}`)).redemptions.map((row: Redemption) => row.id)).toEqual([redemption.id])
        expect((await redemptionsOf(`item_id=${item.id}&customer_id=${other.customerId}`)).count).toBe(0)
      })

      it("places an order of a variant item for the customer, paid with the points", async () => {
        await give(shopper, 1000)
        const item = await createItem({ name: "Mug", kind: "variant", points_price: 900, variant_id: store.products[0].variantId, stock: 1 })

        const redemption: Redemption = (await redeem(shopper, item.id, "mug", { region_id: store.regions.eur.id })).data.redemption
        expect(redemption).toMatchObject({ status: "completed", points: 900, code: null })
        expect(redemption.order_id).toBeTruthy()
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = (await query.graph({
          entity: "order",
          fields: ["id", "customer_id", "total", "currency_code", "metadata", "items.variant_id", "items.unit_price"],
          filters: { id: redemption.order_id! },
        })) as { data: { total: unknown; items?: { variant_id: string; unit_price: unknown }[] }[] }
        expect(orders[0]).toMatchObject({ customer_id: shopper.customerId, currency_code: "eur", metadata: { points_redemption_id: redemption.id } })
        expect(Number(orders[0].total)).toBe(0)
        expect(orders[0].items?.map((line) => [line.variant_id, Number(line.unit_price)])).toEqual([[store.products[0].variantId, 0]])
        expect(await available(shopper)).toBe(100)
        expect(await stockOf(item.id)).toBe(0)
        expect((await api.get("/store/points-mall/items", { headers: shopper.headers })).data.items).toEqual([])
      })

      it("gives the points and the stock back when the item cannot be given", async () => {
        await give(shopper, 1000)
        // The kettle ships and no shipping is given: the order cannot be placed.
        const item = await createItem({ name: "Kettle", kind: "variant", points_price: 700, variant_id: store.products[1].variantId, stock: 1 })
        const response = await failure(redeem(shopper, item.id, "kettle", { region_id: store.regions.eur.id }))
        expect(response.status).toBe(400)
        // The shopper has no cart: the answer says what the redeem body needs.
        expect(response.data.message).toMatch(/^This item is shipped: send shipping: \{ option_id, address: \{ country_code/)
        expect(await available(shopper)).toBe(1000)
        expect(await stockOf(item.id)).toBe(1)
        const [canceled] = (await redemptionsOf(`item_id=${item.id}`)).redemptions
        expect(canceled).toMatchObject({ status: "canceled", order_id: null })
        const refunds = await points().listPointsTransactions({ customer_id: shopper.customerId, type: "refund" })
        expect(refunds.map((row) => row.amount)).toEqual([700])
      })

      it("answers the documented fields only", async () => {
        await give(shopper, 500)
        const item = await couponItem()
        const { redemption } = (await redeem(shopper, item.id, "fields")).data
        expect(Object.keys(redemption).sort()).toEqual(["cash_amount", "code", "created_at", "currency_code", "id", "item_id", "order_id", "points", "status"])
        expect(Object.keys((await redeem(shopper, item.id, "fields")).data.redemption).sort()).toEqual(Object.keys(redemption).sort())
      })

      it("answers every concurrent and later replay of a failed redemption with its error, in the shopper's terms, and keeps nothing", async () => {
        await give(shopper, 1000)
        const item = await createItem({ name: "Kettle", kind: "variant", points_price: 700, variant_id: store.products[1].variantId, stock: 1 })
        const body = { region_id: store.regions.eur.id }
        const answers = await Promise.all(Array.from({ length: 10 }, () => redeemRaw(shopper, item.id, "kettle-race", body)))
        answers.push(await redeemRaw(shopper, item.id, "kettle-race", body))
        sameAnswers(answers)
        expect(answers[0].status).toBe(400)
        const { message } = JSON.parse(answers[0].text)
        expect(message).toMatch(/This item is shipped: send shipping: \{ option_id, address: \{ country_code/)
        expect(message).not.toMatch(/cart contains/)

        expect(await available(shopper)).toBe(1000)
        expect(await stockOf(item.id)).toBe(1)
        // The one attempt was taken back: one spend, its refund, a canceled redemption.
        const movements = await points().listPointsTransactions({ customer_id: shopper.customerId, type: ["spend", "refund"] })
        expect(movements.map((row) => Number(row.amount)).sort((a, b) => a - b)).toEqual([-700, 700])
        expect((await redemptionsOf(`item_id=${item.id}`)).redemptions.map((row: Redemption) => row.status)).toEqual(["canceled"])
      })

      it("charges a redemption whose key looks like another redemption's cancellation", async () => {
        await give(shopper, 1000)
        const kettle = await createItem({ name: "Kettle", kind: "variant", points_price: 700, variant_id: store.products[1].variantId })
        await failure(redeem(shopper, kettle.id, "kettle", { region_id: store.regions.eur.id })) // canceled: no shipping
        expect(await available(shopper)).toBe(1000)

        const coupon = await couponItem()
        const { redemption } = (await redeem(shopper, coupon.id, "kettle:cancel")).data
        expect(redemption).toMatchObject({ status: "completed", points: 200 })
        expect(await available(shopper)).toBe(800)
        const spends = await points().listPointsTransactions({ customer_id: shopper.customerId, type: "spend" })
        expect(spends.map((row) => Number(row.amount)).sort((a, b) => a - b)).toEqual([-700, -200])
      })

      it("refuses without enough points, changing nothing", async () => {
        await give(shopper, 150)
        const item = await couponItem({ stock: 5 })
        const response = await failure(redeem(shopper, item.id, "poor"))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/Not enough points: 150 available, 200 needed/)
        expect(await available(shopper)).toBe(150)
        expect(await stockOf(item.id)).toBe(5)
        expect((await redemptionsOf("")).count).toBe(0)
      })

      it("requires a signed-in customer and an Idempotency-Key", async () => {
        await give(shopper, 500)
        const item = await couponItem()
        const missing = await failure(api.post(`/store/points-mall/items/${item.id}/redeem`, {}, { headers: shopper.headers }))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/Idempotency-Key/)
        const guest = await failure(api.post(`/store/points-mall/items/${item.id}/redeem`, {}, { headers: { ...store.store.headers, "idempotency-key": "k" } }))
        expect(guest.status).toBe(401)
        expect((await failure(redeem(shopper, "pmitem_missing", "k"))).status).toBe(404)
        expect((await failure(redeem(shopper, item.id, "k", { surprise: 1 }))).status).toBe(400)
        expect(await available(shopper)).toBe(500)
      })
    })

    describe("under concurrency", () => {
      it("never sells more than the stock", async () => {
        const buyers = await Promise.all(
          [1, 2, 3, 4, 5].map((n) => registerCustomer(api, store.publishableKey, { email: `buyer${n}@mall.test` }))
        )
        await Promise.all(buyers.map((buyer) => give(buyer, 1000)))
        const item = await couponItem({ stock: 2 })

        const results = await Promise.allSettled(buyers.map((buyer, n) => redeem(buyer, item.id, `race-${n}`)))
        const won = results.filter((result) => result.status === "fulfilled")
        expect(won).toHaveLength(2)
        for (const result of results) {
          if (result.status === "rejected") {
            expect(result.reason.response.status).toBe(400)
            expect(result.reason.response.data.message).toMatch(/out of stock/)
          }
        }
        expect(await stockOf(item.id)).toBe(0)
        expect((await redemptionsOf(`item_id=${item.id}`)).count).toBe(2)
        const balances = (await Promise.all(buyers.map(available))).sort()
        expect(balances).toEqual([1000, 1000, 1000, 800, 800].sort())
      })

      it("answers ten concurrent requests with one key with the same redemption and its code, taking the points once", async () => {
        await give(shopper, 500)
        const item = await couponItem({ stock: 5 })
        const answers = await Promise.all(Array.from({ length: 10 }, () => redeemRaw(shopper, item.id, "coupon-race")))
        sameAnswers(answers)
        expect(answers[0].status).toBe(200)
        const { redemption } = JSON.parse(answers[0].text)
        expect(redemption).toMatchObject({ item_id: item.id, status: "completed", points: 200 })
        expect(redemption.code).toMatch(/^MBR-/)
        expect(await points().listPointsTransactions({ customer_id: shopper.customerId, type: "spend" })).toHaveLength(1)
        expect(await available(shopper)).toBe(300)
        expect(await stockOf(item.id)).toBe(4)
      })

      it("never lets a customer pass the per-member limit, nor redeem one key twice", async () => {
        await give(shopper, 5000)
        const item = await couponItem({ points_price: 100, limit_per_member: 2, limit_period: "month" })

        const keys = ["a", "b", "c", "d", "e"]
        const results = await Promise.allSettled(keys.map((key) => redeem(shopper, item.id, key)))
        expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2)
        // Without points, nothing; with them, one redemption however often the key is sent at once.
        const poor = await Promise.allSettled([1, 2, 3].map(() => redeem(other, item.id, "same")))
        expect(poor.every((result) => result.status === "rejected")).toBe(true)
        await give(other, 1000)
        const twice = await Promise.all([1, 2, 3].map(() => redeem(other, item.id, "same-again")))
        expect(new Set(twice.map((response) => response.data.redemption.id)).size).toBe(1)
        expect(await available(shopper)).toBe(4800)
        expect(await available(other)).toBe(900)
        expect((await redemptionsOf(`item_id=${item.id}`)).count).toBe(3)
      })
    })

    describe("when the merchant cancels an order", () => {
      async function settled<T>(event: string, action: () => Promise<T>): Promise<T> {
        const done = waitSubscribersExecution(event, getContainer().resolve(Modules.EVENT_BUS))
        const result = await action()
        await done
        return result
      }
      const cancelOrder = (orderId: string) => settled("order.canceled", () => api.post(`/admin/orders/${orderId}/cancel`, {}, admin))
      const refunds = () => points().listPointsTransactions({ customer_id: shopper.customerId, type: "refund" })

      it("gives back the points, into the lots they came from, and the stock of the order's redemption, once", async () => {
        await give(shopper, 500)
        await give(shopper, 700)
        const item = await createItem({ name: "Mug", kind: "variant", points_price: 900, variant_id: store.products[0].variantId, stock: 3 })
        const redemption: Redemption = (await redeem(shopper, item.id, "mug", { region_id: store.regions.eur.id })).data.redemption
        expect(await available(shopper)).toBe(300)
        expect(await stockOf(item.id)).toBe(2)

        await cancelOrder(redemption.order_id!)
        expect(await available(shopper)).toBe(1200)
        expect(await stockOf(item.id)).toBe(3)
        const lots = await points().listPointsLots({ customer_id: shopper.customerId }, { order: { created_at: "ASC" } })
        expect(lots.map((lot) => [Number(lot.amount), Number(lot.remaining)])).toEqual([
          [500, 500],
          [700, 700],
        ])
        expect((await redemptionsOf(`item_id=${item.id}`)).redemptions[0]).toMatchObject({ id: redemption.id, status: "canceled", order_id: redemption.order_id })

        // Redelivered and concurrent events give nothing more.
        const again = await Promise.all(
          [1, 2, 3].map(() => cancelOrderMallRedemptionsWorkflow(getContainer()).run({ input: { order_id: redemption.order_id! } }))
        )
        expect(again.map(({ result }) => result)).toEqual([[], [], []])
        expect((await refunds()).map((row) => Number(row.amount))).toEqual([900])
        expect(await available(shopper)).toBe(1200)
        expect(await stockOf(item.id)).toBe(3)
      })

      it("gives nothing back for a redemption a shopper names in their own order's metadata", async () => {
        await give(shopper, 1000)
        const item = await couponItem({ stock: 3 })
        const coupon: Redemption = (await redeem(shopper, item.id, "coupon")).data.redemption
        expect(coupon.status).toBe("completed")
        // A cart's metadata becomes its order's, and shoppers may set it.
        const cart = await createCart(api, { headers: shopper.headers, regionId: store.regions.eur.id, items: [{ variant_id: store.products[0].variantId }] })
        await api.post(`/store/carts/${cart.id}`, { metadata: { points_redemption_id: coupon.id } }, { headers: shopper.headers })
        await addAddressAndShipping(api, cart.id, { headers: shopper.headers, regionId: store.regions.eur.id })
        await startPayment(api, cart.id, { headers: shopper.headers, providerId: "pp_system_default" })
        const completion = await completeCart(api, cart.id, shopper.headers)
        const { data: orders } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["metadata"], filters: { id: completion.order.id } })
        expect(orders[0].metadata).toMatchObject({ points_redemption_id: coupon.id })

        await cancelOrder(completion.order.id)
        expect(await available(shopper)).toBe(800)
        expect(await stockOf(item.id)).toBe(2)
        expect((await redemptionsOf(`item_id=${item.id}`)).redemptions[0]).toMatchObject({ id: coupon.id, status: "completed" })
      })

      it("cancels the redemptions bought with the order through its cart, and nothing for an order without any", async () => {
        await give(shopper, 1000)
        const item = await couponItem({ stock: 3 })
        const { order, cart } = await checkout(api, {
          headers: shopper.headers,
          regionId: store.regions.eur.id,
          items: [{ variant_id: store.products[0].variantId }],
          providerId: "pp_system_default",
        })
        const plain = await checkout(api, {
          headers: shopper.headers,
          regionId: store.regions.eur.id,
          items: [{ variant_id: store.products[0].variantId }],
          providerId: "pp_system_default",
        })
        // As completing a cart with mall lines redeems them: keyed by the cart's line, and the
        // order recorded on them afterwards (here on one of the two only).
        const redeemLine = async (lineId: string) =>
          (
            await points().redeemMallItem({
              item_id: item.id,
              customer_id: shopper.customerId,
              idempotency_key: `cart:${cart.id}:line:${lineId}`,
              tier_ids: [],
              now: new Date(),
            })
          ).redemption
        const linked = await redeemLine("line_1")
        await points().updatePointsRedemptions({ id: linked.id, order_id: order.id })
        const unlinked = await redeemLine("line_2")
        expect(await available(shopper)).toBe(600)

        await cancelOrder(plain.order.id)
        expect(await available(shopper)).toBe(600)
        expect(await stockOf(item.id)).toBe(1)

        await cancelOrder(order.id)
        expect(await available(shopper)).toBe(1000)
        expect(await stockOf(item.id)).toBe(3)
        const rows = (await redemptionsOf(`item_id=${item.id}`)).redemptions as Redemption[]
        expect(rows.map((row) => [row.id, row.status]).sort()).toEqual(
          [
            [linked.id, "canceled"],
            [unlinked.id, "canceled"],
          ].sort()
        )
      })
    })

    describe("partner code items", () => {
      const partners = () => getContainer().resolve<PartnerModuleService>(PARTNER_MODULE)
      let benefit: { id: string }

      beforeEach(async () => {
        const partner = await partners().createPartners({ name: "StreamCo Video" })
        benefit = (
          await api.post(
            "/admin/membership/benefits",
            { name: "StreamCo video month", type: "partner", config: { partner_id: partner.id, code_valid_days: 30 } },
            admin
          )
        ).data.benefit
        const report = await partners().importPartnerCodes({ partner_id: partner.id, benefit_id: benefit.id, csv: "code\nVIDEO-0001\nVIDEO-0002" })
        expect(report.imported).toBe(2)
      })
      const poolLeft = async () => (await partners().codeCounts([benefit.id]))[benefit.id].available

      it("needs a partner benefit", async () => {
        const base = { name: "Video month", kind: "partner_code", points_price: 300 }
        const refused = async (body: Record<string, unknown>, message: RegExp) => {
          const response = await failure(api.post("/admin/points/mall/items", body, admin))
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(message)
        }
        await refused(base, /partner_benefit_id is required/)
        const identity = (await api.post("/admin/membership/benefits", { name: "Badge", type: "identity", config: { label: "VIP" } }, admin)).data.benefit
        await refused({ ...base, partner_benefit_id: identity.id }, /partner_benefit_id: .* is not a partner benefit/)
        await refused({ ...base, partner_benefit_id: "mbenefit_missing" }, /partner_benefit_id/)
        const item = await createItem({ ...base, partner_benefit_id: benefit.id })
        expect(item).toMatchObject({ kind: "partner_code", partner_benefit_id: benefit.id })
        expect((await failure(api.post(`/admin/points/mall/items/${item.id}`, { partner_benefit_id: identity.id }, admin))).status).toBe(400)
        expect((await failure(api.post(`/admin/points/mall/items/${item.id}`, { partner_benefit_id: null }, admin))).status).toBe(400)
      })

      it("gives the shopper a code from the benefit's pool, and the points back when the pool is empty", async () => {
        await give(shopper, 1000)
        await give(other, 1000)
        const item = await createItem({ name: "Video month", kind: "partner_code", points_price: 300, partner_benefit_id: benefit.id, stock: 10 })

        const redemption: Redemption = (await redeem(shopper, item.id, "video")).data.redemption
        expect(redemption).toMatchObject({ status: "completed", points: 300, order_id: null })
        expect(["VIDEO-0001", "VIDEO-0002"]).toContain(redemption.code)
        expect(await available(shopper)).toBe(700)
        expect(await stockOf(item.id)).toBe(9)
        expect(await poolLeft()).toBe(1)
        const [code] = await partners().listCustomerCodes(shopper.customerId, [benefit.id])
        expect(code).toMatchObject({ code: redemption.code, status: "assigned", customer_id: shopper.customerId, entitlement_key: `mall:${redemption.id}` })
        expect(code.expires_at).toBeTruthy()
        const mine = (await api.get("/store/points-mall/redemptions", { headers: shopper.headers })).data.redemptions
        expect(mine).toEqual([expect.objectContaining({ id: redemption.id, code: redemption.code })])

        // A replay answers with the same code and claims nothing more.
        expect((await redeem(shopper, item.id, "video")).data.redemption).toMatchObject({ id: redemption.id, code: redemption.code })
        expect(await poolLeft()).toBe(1)

        const theirs: Redemption = (await redeem(other, item.id, "video")).data.redemption
        expect(theirs.code).not.toBe(redemption.code)
        expect(await poolLeft()).toBe(0)

        const empty = await failure(redeem(shopper, item.id, "video-again"))
        expect(empty.status).toBe(409)
        expect(empty.data.message).toMatch(/No codes are left/)
        expect(await available(shopper)).toBe(700)
        expect(await stockOf(item.id)).toBe(8)
        const rows = (await redemptionsOf(`item_id=${item.id}&customer_id=${shopper.customerId}`)).redemptions as Redemption[]
        expect(rows.map((row) => [row.status, row.code])).toEqual(expect.arrayContaining([["completed", redemption.code], ["canceled", null]]))
        expect(await partners().listCustomerCodes(shopper.customerId, [benefit.id])).toHaveLength(1)

        // The key that ran out answers its 409 again, not the canceled redemption.
        const replays = await Promise.all([1, 2, 3].map(() => redeemRaw(shopper, item.id, "video-again")))
        expect(replays[0]).toEqual({ status: 409, text: JSON.stringify({ type: "conflict", message: empty.data.message }) })
        sameAnswers(replays)
        expect(await available(shopper)).toBe(700)
      })
    })
  })
