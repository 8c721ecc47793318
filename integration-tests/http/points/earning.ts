import { Modules } from "@medusajs/framework/utils"
import { createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { waitSubscribersExecution } from "@medusajs/test-utils/dist/events"
import { POINTS_MODULE, type PointsModuleService } from "../../../src/modules/points"
import { reconcileOrderGrowthWorkflow } from "../../../src/workflows/tiers/workflows/reconcile-order-growth"
import { reconcileOrderPointsWorkflow } from "../../../src/workflows/points/workflows/reconcile-order-points"
import { expirePointsLots, unlockPointsLots } from "../../../src/workflows/points"
import { adminHeaders } from "../../helpers/auth"
import { type CartItem, checkout } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { captureOrderPayment } from "../../helpers/membership"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"

const DAY_MS = 86_400_000

const PRODUCTS = [
  { title: "Tea leaves", prices: { eur: 100, usd: 110 } },
  { title: "Sampler", prices: { eur: 33, usd: 36 } },
  { title: "Teapot", prices: { eur: 30, usd: 33 }, shipped: true },
  { title: "Cup", prices: { eur: 10, usd: 11 }, shipped: true },
]

type Transaction = { id: string; type: string; amount: number; order_id: string | null; note: string | null; actor: string }
type Lot = { id: string; amount: number; remaining: number; pending_until: Date | null; expires_at: Date | null; order_id: string | null }

/** `[type, amount]` per transaction, oldest first (the ledger lists newest first). */
const moves = (transactions: Transaction[]) => [...transactions].reverse().map((transaction) => [transaction.type, transaction.amount])

export const earningSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("earning", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let shopper: CustomerSession

    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const points = () => getContainer().resolve<PointsModuleService>(POINTS_MODULE)
    const variant = (title: string) => store.products.find((product) => product.title === title)!.variantId

    async function settled<T>(event: string, action: () => Promise<T>): Promise<T> {
      const done = waitSubscribersExecution(event, eventBus())
      const result = await action()
      await done
      return result
    }

    const setProgram = async (settings: Record<string, unknown>) => (await api.post("/admin/points/program", settings, admin)).data.program

    const placeOrder = async (customer: CustomerSession, items: CartItem[]) =>
      (
        await settled("order.placed", () =>
          checkout(api, { headers: customer.headers, regionId: store.regions.eur.id, items, providerId: "pp_system_default" })
        )
      ).order

    async function adminOrder(orderId: string) {
      const fields = "id,status,total,shipping_total,tax_total,shipping_tax_total,*items,*payment_collections.payments.refunds"
      return (await api.get(`/admin/orders/${orderId}?fields=${fields}`, admin)).data.order
    }
    const paymentOf = async (orderId: string) => (await adminOrder(orderId)).payment_collections[0].payments[0]
    const capture = (orderId: string) => captureOrderPayment(api, admin, getContainer(), orderId)
    async function refund(orderId: string, amount: number) {
      const payment = await paymentOf(orderId)
      await settled("payment.refunded", () => api.post(`/admin/payments/${payment.id}/refund`, { amount }, admin))
    }
    const cancelOrder = (orderId: string) => settled("order.canceled", () => api.post(`/admin/orders/${orderId}/cancel`, {}, admin))
    const reconcile = (orderId: string) => reconcileOrderPointsWorkflow(getContainer()).run({ input: { order_id: orderId } })

    const storePoints = async (customer: CustomerSession) => (await api.get("/store/points", { headers: customer.headers })).data
    const balances = async (customer: CustomerSession) => (await storePoints(customer)).balances
    const ledger = async (customerId: string) => (await api.get(`/admin/points/customers/${customerId}?limit=100`, admin)).data
    const transactionsOf = async (customerId: string, orderId?: string): Promise<Transaction[]> =>
      (await ledger(customerId)).transactions.filter((transaction: Transaction) => !orderId || transaction.order_id === orderId)
    const lotsOf = async (customerId: string) =>
      (await points().listPointsLots({ customer_id: customerId }, { order: { created_at: "ASC" } })) as unknown as Lot[]
    const adjust = (customerId: string, body: Record<string, unknown>) => api.post(`/admin/points/customers/${customerId}/adjust`, body, admin)

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      store = await createStoreFixture(getContainer(), {
        currencies: ["eur", "usd"],
        products: PRODUCTS,
        shipping: { eur: 5, usd: 5 },
        defaultSalesChannel: true,
      })
      shopper = await registerCustomer(api, store.publishableKey, { email: "shopper@example.com" })
      await setProgram({ earn_rates: [{ currency_code: "eur", points_per_unit: 1, min_order: 0 }], pending_days: 30, expiry_mode: "days", expiry_days: 365 })
    })

    describe("program", () => {
      it("answers the settings, saves a part of them, and refuses invalid values naming the field", async () => {
        const saved = await setProgram({ redemption_rates: [{ currency_code: "EUR", points_per_unit: 100 }], timezone: "Europe/Paris" })
        expect(saved).toMatchObject({
          earn_rates: [{ currency_code: "eur", points_per_unit: 1, min_order: 0 }],
          redemption_rates: [{ currency_code: "eur", points_per_unit: 100 }],
          pending_days: 30,
          expiry_mode: "days",
          timezone: "Europe/Paris",
        })
        expect((await api.get("/admin/points/program", admin)).data.program).toMatchObject({ timezone: "Europe/Paris", pending_days: 30 })

        const refusals: [Record<string, unknown>, RegExp][] = [
          [{ earn_rates: [{ currency_code: "eur", points_per_unit: -1 }] }, /points_per_unit/],
          [{ earn_rates: [{ currency_code: "eu", points_per_unit: 1 }] }, /currency_code/],
          [{ earn_rates: [{ currency_code: "eur", points_per_unit: 0 }] }, /points_per_unit must be more than 0/],
          [{ redemption_rates: [{ currency_code: "eur", points_per_unit: 0 }] }, /points_per_unit must be more than 0/],
          [{ redemption_rates: [{ currency_code: "eur", points_per_unit: 1 }, { currency_code: "EUR", points_per_unit: 2 }] }, /redemption_rates/],
          [{ pending_days: 366 }, /pending_days/],
          [{ expiry_days: 0 }, /expiry_days/],
          [{ max_share_percent: 101 }, /max_share_percent/],
          [{ min_redemption: 1.5 }, /min_redemption/],
          [{ timezone: "Mars/Olympus" }, /timezone/],
          [{ expiry_mode: "sometimes" }, /expiry_mode/],
        ]
        for (const [body, field] of refusals) {
          const refused = await failure(api.post("/admin/points/program", body, admin))
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(field)
        }
        expect((await api.get("/admin/points/program", admin)).data.program).toMatchObject({ timezone: "Europe/Paris", pending_days: 30 })
      })
    })

    describe("earning", () => {
      it("earns a pending lot when the payment is captured, on the goods without shipping and tax, and nothing below the minimum order", async () => {
        await createTaxRegionsWorkflow(getContainer()).run({
          input: store.regions.eur.countries.map((country_code) => ({
            country_code,
            provider_id: "tp_system",
            default_tax_rate: { rate: 10, code: "VAT", name: "VAT" },
          })),
        })
        await setProgram({ earn_rates: [{ currency_code: "eur", points_per_unit: 10, min_order: 50 }], exclude_shipping: true, exclude_tax: true })

        const order = await placeOrder(shopper, [{ variant_id: variant("Teapot"), quantity: 2 }, { variant_id: variant("Cup") }])
        const placed = await adminOrder(order.id)
        expect(placed.tax_total).toBeGreaterThan(0)
        expect(placed.shipping_total).toBeGreaterThan(0)
        expect(await transactionsOf(shopper.customerId)).toEqual([])

        const before = Date.now()
        await capture(order.id)
        const after = Date.now()

        // 70 of goods × 10 points.
        const [earned] = await transactionsOf(shopper.customerId)
        expect(earned).toMatchObject({ type: "earn", amount: 700, order_id: order.id, reference: order.id, actor: "system" })
        expect(Object.keys(earned).sort()).toEqual(["actor", "amount", "cart_id", "created_at", "id", "note", "order_id", "reference", "type"])
        expect(await balances(shopper)).toEqual({ available: 0, pending: 700, expiring_soon: 0 })
        const [lot] = await lotsOf(shopper.customerId)
        expect(lot).toMatchObject({ amount: 700, remaining: 700, order_id: order.id })
        const pendingUntil = new Date(lot.pending_until!).getTime()
        expect(pendingUntil).toBeGreaterThanOrEqual(before + 30 * DAY_MS)
        expect(pendingUntil).toBeLessThanOrEqual(after + 30 * DAY_MS)
        expect(new Date(lot.expires_at!).getTime() - pendingUntil).toBe(335 * DAY_MS)

        // 40 of goods is below the minimum order of 50: nothing.
        const small = await placeOrder(shopper, [{ variant_id: variant("Cup"), quantity: 4 }])
        await capture(small.id)
        expect(await transactionsOf(shopper.customerId, small.id)).toEqual([])
        expect(await balances(shopper)).toEqual({ available: 0, pending: 700, expiring_soon: 0 })
      })

      it("earns on shipping and tax too when the program says so, and nothing for an order in a currency without a rate", async () => {
        await setProgram({ exclude_shipping: false, exclude_tax: false })
        const order = await placeOrder(shopper, [{ variant_id: variant("Teapot") }])
        await capture(order.id)
        expect(moves(await transactionsOf(shopper.customerId))).toEqual([["earn", 35]])

        const usd = await settled("order.placed", () =>
          checkout(api, { headers: shopper.headers, regionId: store.regions.usd.id, items: [{ variant_id: variant("Tea leaves") }], providerId: "pp_system_default" })
        )
        await capture(usd.order.id)
        expect(await transactionsOf(shopper.customerId, usd.order.id)).toEqual([])
      })

      it("multiplies by the customer's tier and by their best points_multiplier benefit", async () => {
        const silver = (await api.post("/admin/membership/tiers", { name: "Silver", rank: 1, threshold: 50 }, admin)).data.tier
        await api.post(`/admin/membership/customers/${shopper.customerId}/growth`, { amount: 100, note: "Move to Silver" }, admin)
        await setProgram({ tier_multipliers: [{ tier_id: silver.id, multiplier: 2 }] })
        for (const multiplier of [1.5, 1.2]) {
          await api.post("/admin/membership/benefits", { name: `Points ×${multiplier}`, type: "points_multiplier", config: { multiplier }, tier_ids: [silver.id] }, admin)
        }
        const other = await registerCustomer(api, store.publishableKey, { email: "other@example.com" })

        const order = await placeOrder(shopper, [{ variant_id: variant("Sampler") }])
        await capture(order.id)
        const plain = await placeOrder(other, [{ variant_id: variant("Sampler") }])
        await capture(plain.id)

        // 33 × 2 (Silver) × 1.5 (the best benefit; the 1.2 one does not stack).
        expect(moves(await transactionsOf(shopper.customerId))).toEqual([["earn", 99]])
        expect(moves(await transactionsOf(other.customerId))).toEqual([["earn", 33]])
      })

      it("multiplies by the tier held when the order was placed, whichever of growth and points runs first once it is paid", async () => {
        await api.post("/admin/membership/tier-program", { earn_rates: [{ currency_code: "eur", growth_per_unit: 1, spend_rate: 1 }] }, admin)
        const silver = (await api.post("/admin/membership/tiers", { name: "Silver", rank: 1, threshold: 50 }, admin)).data.tier
        const gold = (await api.post("/admin/membership/tiers", { name: "Gold", rank: 2, threshold: 250 }, admin)).data.tier
        await setProgram({ tier_multipliers: [{ tier_id: silver.id, multiplier: 2 }, { tier_id: gold.id, multiplier: 3 }] })
        const earnOnce = async (orderId: string) => {
          const payment = await paymentOf(orderId)
          // Captured without Medusa's event: the growth award (which upgrades) runs first, on purpose.
          await getContainer().resolve(Modules.PAYMENT).capturePayment({ payment_id: payment.id })
          await reconcileOrderGrowthWorkflow(getContainer()).run({ input: { order_id: orderId } })
          await reconcile(orderId)
        }

        // No tier when placed; its own 100 growth makes the shopper Silver before the points are counted.
        const first = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await earnOnce(first.id)
        expect((await api.get("/store/membership/tier", { headers: shopper.headers })).data.tier).toMatchObject({ id: silver.id })
        expect(moves(await transactionsOf(shopper.customerId, first.id))).toEqual([["earn", 100]])

        // Placed as Silver; the merchant's adjustment makes them Gold before it is paid: Silver's ×2.
        const second = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await api.post(`/admin/membership/customers/${shopper.customerId}/growth`, { amount: 200, note: "Move to Gold" }, admin)
        expect((await api.get("/store/membership/tier", { headers: shopper.headers })).data.tier).toMatchObject({ id: gold.id })
        await earnOnce(second.id)
        expect(moves(await transactionsOf(shopper.customerId, second.id))).toEqual([["earn", 200]])

        // Placed as Gold: ×3.
        const third = await placeOrder(shopper, [{ variant_id: variant("Sampler") }])
        await earnOnce(third.id)
        expect(moves(await transactionsOf(shopper.customerId, third.id))).toEqual([["earn", 99]])
      })

      it("earns nothing for a guest's order", async () => {
        const { order } = await settled("order.placed", () =>
          checkout(api, {
            headers: store.store.headers,
            email: "guest@example.com",
            regionId: store.regions.eur.id,
            items: [{ variant_id: variant("Tea leaves") }],
            providerId: "pp_system_default",
          })
        )
        await capture(order.id)
        expect(await points().listPointsTransactions({ order_id: order.id })).toEqual([])
        expect(await points().listPointsLots({})).toEqual([])
      })

      it("earns when the payment is captured in parts whose sum in binary floats falls short of the total", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Sampler") }]) // 33 EUR
        const payment = await paymentOf(order.id)
        // 30.74 + 1.39 + 0.87 is 32.99999999999999 in floating point.
        for (const amount of [30.74, 1.39, 0.87]) {
          await settled("payment.captured", () => api.post(`/admin/payments/${payment.id}/capture`, { amount }, admin))
        }
        expect(moves(await transactionsOf(shopper.customerId))).toEqual([["earn", 33]])
      })

      it("earns once when payment.captured is redelivered and reconciliations race", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        const payment = await paymentOf(order.id)
        // Captured without Medusa's event, so that the event races the workflows.
        await getContainer().resolve(Modules.PAYMENT).capturePayment({ payment_id: payment.id })
        expect(await transactionsOf(shopper.customerId)).toEqual([])
        await Promise.all([
          settled("payment.captured", () => eventBus().emit({ name: "payment.captured", data: { id: payment.id } })),
          reconcile(order.id),
          reconcile(order.id),
        ])
        await settled("payment.captured", () => eventBus().emit({ name: "payment.captured", data: { id: payment.id } }))
        await reconcile(order.id)

        expect(moves(await transactionsOf(shopper.customerId))).toEqual([["earn", 100]])
        expect(await lotsOf(shopper.customerId)).toHaveLength(1)
        expect(await balances(shopper)).toEqual({ available: 0, pending: 100, expiring_soon: 0 })
      })
    })

    describe("unlock and expiry jobs", () => {
      it("unlocks a lot at its pending_until and expires it at its expires_at (days), balances exact at each step", async () => {
        await setProgram({ pending_days: 10, expiry_mode: "days", expiry_days: 100 })
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)
        const [lot] = await lotsOf(shopper.customerId)
        const pendingUntil = new Date(lot.pending_until!)
        const expiresAt = new Date(lot.expires_at!)
        expect(expiresAt.getTime() - pendingUntil.getTime()).toBe(90 * DAY_MS)
        const container = getContainer()

        expect(await unlockPointsLots(container, { now: new Date(pendingUntil.getTime() - 1) })).toMatchObject({ lots: 0, posted: 0 })
        expect(await balances(shopper)).toEqual({ available: 0, pending: 100, expiring_soon: 0 })
        expect(await points().pointsBalances(shopper.customerId, new Date(pendingUntil.getTime() - 1))).toEqual({ available: 0, pending: 100, expiring_soon: 0 })

        expect(await unlockPointsLots(container, { now: pendingUntil })).toMatchObject({ lots: 1, posted: 1, errors: 0 })
        expect(await unlockPointsLots(container, { now: pendingUntil })).toMatchObject({ lots: 0, posted: 0 })
        const [unlocked] = await lotsOf(shopper.customerId)
        expect(unlocked).toMatchObject({ pending_until: null, remaining: 100 })
        const [unlock] = await points().listPointsTransactions({ idempotency_key: `lot:${lot.id}:unlock` })
        expect(unlock).toMatchObject({ type: "unlock", amount: 0, lots: [{ lot_id: lot.id, amount: 100 }] })
        expect(await balances(shopper)).toEqual({ available: 100, pending: 0, expiring_soon: 0 })
        // 30 days before expiry the lot counts as expiring soon.
        expect(await points().pointsBalances(shopper.customerId, new Date(expiresAt.getTime() - 30 * DAY_MS))).toEqual({ available: 100, pending: 0, expiring_soon: 100 })

        expect(await expirePointsLots(container, { now: new Date(expiresAt.getTime() - 1) })).toMatchObject({ lots: 0, posted: 0 })
        expect(await balances(shopper)).toEqual({ available: 100, pending: 0, expiring_soon: 0 })
        expect(await expirePointsLots(container, { now: expiresAt })).toMatchObject({ lots: 1, posted: 1, errors: 0 })
        expect(await expirePointsLots(container, { now: expiresAt })).toMatchObject({ lots: 0, posted: 0 })

        expect(moves(await transactionsOf(shopper.customerId))).toEqual([
          ["earn", 100],
          ["unlock", 0],
          ["expire", -100],
        ])
        expect(await balances(shopper)).toEqual({ available: 0, pending: 0, expiring_soon: 0 })
        expect((await lotsOf(shopper.customerId))[0]).toMatchObject({ remaining: 0 })

        // Points put back into the expired lot (a canceled order that spent them) expire at the next run.
        await points().postPoints({ customer_id: shopper.customerId, type: "refund", amount: 40, idempotency_key: "restored", now: expiresAt, restore: [{ lot_id: lot.id, amount: 40 }] })
        expect(await expirePointsLots(container, { now: expiresAt })).toMatchObject({ lots: 1, posted: 1, errors: 0 })
        expect((await lotsOf(shopper.customerId))[0]).toMatchObject({ remaining: 0 })
        expect(await points().listPointsTransactions({ type: "expire" })).toHaveLength(2)
      })

      it("expires points at the end of the following year in the program's time zone, and only what is left", async () => {
        await setProgram({ pending_days: 0, expiry_mode: "end_of_following_year", timezone: "Asia/Tokyo" })
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)
        const year = Number(new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Tokyo", year: "numeric" }).format(new Date()))
        const [lot] = await lotsOf(shopper.customerId)
        // Dec 31 23:59:59.999 in Tokyo (UTC+9) of next year.
        const expiresAt = new Date(`${year + 1}-12-31T14:59:59.999Z`)
        expect(lot).toMatchObject({ pending_until: null, amount: 100 })
        expect(new Date(lot.expires_at!).toISOString()).toBe(expiresAt.toISOString())
        expect(await balances(shopper)).toEqual({ available: 100, pending: 0, expiring_soon: 0 })

        await adjust(shopper.customerId, { points: -40, reason: "Spent at the counter" })
        expect(await expirePointsLots(getContainer(), { now: new Date(expiresAt.getTime() - 1) })).toMatchObject({ posted: 0 })
        expect(await expirePointsLots(getContainer(), { now: expiresAt })).toMatchObject({ lots: 1, posted: 1 })
        expect(moves(await transactionsOf(shopper.customerId))).toEqual([
          ["earn", 100],
          ["adjust", -40],
          ["expire", -60],
        ])
        expect(await points().pointsBalances(shopper.customerId, expiresAt)).toEqual({ available: 0, pending: 0, expiring_soon: 0 })
      })
    })

    describe("reversals", () => {
      it("takes back the refunded share of an order's points from its pending lot first, and all of it by the end", async () => {
        await setProgram({ earn_rates: [{ currency_code: "eur", points_per_unit: 10, min_order: 0 }] })
        await adjust(shopper.customerId, { points: 50, reason: "Welcome gift" })
        const order = await placeOrder(shopper, [{ variant_id: variant("Sampler") }])
        await capture(order.id)
        expect(await balances(shopper)).toEqual({ available: 50, pending: 330, expiring_soon: 0 })

        await refund(order.id, 9.9) // 30%: 99 of 330
        expect(moves(await transactionsOf(shopper.customerId, order.id))).toEqual([
          ["earn", 330],
          ["reverse", -99],
        ])
        expect(await balances(shopper)).toEqual({ available: 50, pending: 231, expiring_soon: 0 })

        const payment = await paymentOf(order.id)
        await settled("payment.refunded", () => eventBus().emit({ name: "payment.refunded", data: { id: payment.id } }))
        await reconcile(order.id)
        expect(await transactionsOf(shopper.customerId, order.id)).toHaveLength(2)

        await refund(order.id, 9.9) // 60%: 198 in all
        await refund(order.id, 13.2) // everything
        expect(moves(await transactionsOf(shopper.customerId, order.id))).toEqual([
          ["earn", 330],
          ["reverse", -99],
          ["reverse", -99],
          ["reverse", -132],
        ])
        expect(await balances(shopper)).toEqual({ available: 50, pending: 0, expiring_soon: 0 })
      })

      it("takes back what is left when a partly refunded order is canceled", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)
        await refund(order.id, 30)
        await cancelOrder(order.id)
        await reconcile(order.id)

        const transactions = await transactionsOf(shopper.customerId, order.id)
        expect(moves(transactions)).toEqual([
          ["earn", 100],
          ["reverse", -30],
          ["reverse", -70],
        ])
        expect(transactions[0].note).toBe("cancel")
        expect(await balances(shopper)).toEqual({ available: 0, pending: 0, expiring_soon: 0 })
      })

      it("takes back a returned item's share, and its refund takes nothing more", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Teapot") }, { variant_id: variant("Cup") }])
        await capture(order.id)
        expect(moves(await transactionsOf(shopper.customerId))).toEqual([["earn", 40]])

        const items = (await adminOrder(order.id)).items as { id: string; title: string; quantity: number }[]
        await api.post(`/admin/orders/${order.id}/fulfillments`, { items: items.map(({ id, quantity }) => ({ id, quantity })) }, admin)
        const cup = items.find((item) => item.title === "Cup")!
        const { data } = await api.post("/admin/returns", { order_id: order.id }, admin)
        await api.post(`/admin/returns/${data.return.id}/request-items`, { items: [{ id: cup.id, quantity: 1 }] }, admin)
        await api.post(`/admin/returns/${data.return.id}/request`, {}, admin)
        await api.post(`/admin/returns/${data.return.id}/receive`, {}, admin)
        await api.post(`/admin/returns/${data.return.id}/receive-items`, { items: [{ id: cup.id, quantity: 1 }] }, admin)
        await settled("order.return_received", () => api.post(`/admin/returns/${data.return.id}/receive/confirm`, {}, admin))

        const afterReturn = await transactionsOf(shopper.customerId)
        expect(moves(afterReturn)).toEqual([
          ["earn", 40],
          ["reverse", -10],
        ])
        expect(afterReturn[0].note).toBe("return")

        await refund(order.id, 10)
        expect(moves(await transactionsOf(shopper.customerId))).toEqual([
          ["earn", 40],
          ["reverse", -10],
        ])
        expect(await balances(shopper)).toEqual({ available: 0, pending: 30, expiring_soon: 0 })
      })
    })

    describe("adjustments", () => {
      it("refuses non-integer, zero, huge, non-numeric points and a missing reason with 400 and no change", async () => {
        const refusals: [Record<string, unknown>, RegExp][] = [
          [{ points: 1.5, reason: "Half" }, /points/],
          [{ points: 0, reason: "Nothing" }, /points/],
          [{ points: 100_000_001, reason: "Too much" }, /points/],
          [{ points: -100_000_001, reason: "Too much" }, /points/],
          [{ points: "12", reason: "A string" }, /points/],
          [{ points: 10 }, /reason/],
          [{ points: 10, reason: "   " }, /reason/],
        ]
        for (const [body, field] of refusals) {
          const refused = await failure(adjust(shopper.customerId, body))
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(field)
        }
        expect(await transactionsOf(shopper.customerId)).toEqual([])
        expect((await failure(adjust("cus_missing", { points: 5, reason: "x" }))).status).toBe(404)
      })

      it("credits and debits with a reason, and refuses taking more than is available", async () => {
        const { status, data } = await adjust(shopper.customerId, { points: 500, reason: "Late delivery" })
        expect(status).toBe(201)
        expect(data.transaction).toMatchObject({ type: "adjust", amount: 500, note: "Late delivery", actor: expect.stringMatching(/^admin:/) })
        expect(data.balances).toEqual({ available: 500, pending: 0, expiring_soon: 0 })

        // Pending points cannot be taken by an adjustment.
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)
        const over = await failure(adjust(shopper.customerId, { points: -501, reason: "Too much" }))
        expect(over.status).toBe(400)
        expect(over.data.message).toMatch(/Not enough points: 500 available, 501 needed/)

        const taken = (await adjust(shopper.customerId, { points: -200, reason: "Goodwill taken back" })).data
        expect(taken.balances).toEqual({ available: 300, pending: 100, expiring_soon: 0 })
        expect(moves(await transactionsOf(shopper.customerId))).toEqual([
          ["adjust", 500],
          ["earn", 100],
          ["adjust", -200],
        ])
      })

      it("writes one transaction for three adjustments sent at once with the same key, and answers each with it", async () => {
        const body = { points: 25, reason: "Apology for a late parcel", idempotency_key: "support-ticket-4711" }
        const answers = await Promise.all([adjust(shopper.customerId, body), adjust(shopper.customerId, body), adjust(shopper.customerId, body)])
        expect(answers.map(({ status }) => status)).toEqual([201, 201, 201])
        expect(new Set(answers.map(({ data }) => data.transaction.id)).size).toBe(1)
        expect(moves(await transactionsOf(shopper.customerId))).toEqual([["adjust", 25]])
        expect(await balances(shopper)).toEqual({ available: 25, pending: 0, expiring_soon: 0 })
      })
    })

    describe("reading", () => {
      it("shows shoppers only their own points, paginated, and guests none", async () => {
        await setProgram({ redemption_rates: [{ currency_code: "eur", points_per_unit: 100 }], max_share_percent: 40, min_redemption: 200 })
        const other = await registerCustomer(api, store.publishableKey, { email: "other@example.com" })
        for (const n of [1, 2, 3]) {
          await adjust(other.customerId, { points: 10 * n, reason: `Gift ${n}` })
        }

        expect(await storePoints(shopper)).toEqual({
          balances: { available: 0, pending: 0, expiring_soon: 0 },
          program: { redemption_rates: [{ currency_code: "eur", points_per_unit: 100 }], max_share_percent: 40, min_redemption: 200 },
        })
        expect((await api.get("/store/points/transactions", { headers: shopper.headers })).data).toEqual({ transactions: [], count: 0, offset: 0, limit: 20 })
        expect(await balances(other)).toEqual({ available: 60, pending: 0, expiring_soon: 0 })
        const page = (await api.get("/store/points/transactions?limit=2&offset=1", { headers: other.headers })).data
        expect(page).toMatchObject({ count: 3, offset: 1, limit: 2 })
        expect(page.transactions.map((transaction: Transaction) => transaction.amount)).toEqual([20, 10])

        expect((await failure(api.get("/store/points", store.store))).status).toBe(401)
        expect((await failure(api.get("/store/points/transactions", store.store))).status).toBe(401)
      })

      it("reports the points customers hold and their money value at each redemption rate", async () => {
        await setProgram({
          redemption_rates: [
            { currency_code: "eur", points_per_unit: 100 },
            { currency_code: "usd", points_per_unit: 80 },
          ],
        })
        const other = await registerCustomer(api, store.publishableKey, { email: "other@example.com" })
        await adjust(shopper.customerId, { points: 500, reason: "Gift" })
        await adjust(other.customerId, { points: 250, reason: "Gift" })
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)

        expect((await api.get("/admin/points/liability", admin)).data).toEqual({
          points: { available: 750, pending: 100 },
          value: [
            { currency_code: "eur", amount: 8.5 },
            { currency_code: "usd", amount: 10.63 },
          ],
        })
      })
    })
  })
