import { Modules } from "@medusajs/framework/utils"
import { createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { waitSubscribersExecution } from "@medusajs/test-utils/dist/events"
import { TIER_MODULE, type TierModuleService, MAX_GROWTH_ENTRY } from "../../../src/modules/tier"
import { checkInWorkflow } from "../../../src/workflows/points/workflows/check-in"
import { reconcileOrderGrowthWorkflow } from "../../../src/workflows/tiers/workflows/reconcile-order-growth"
import { adminHeaders } from "../../helpers/auth"
import { type CartItem, checkout } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { captureOrderPayment } from "../../helpers/membership"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"

const DAY_MS = 86_400_000

/** 1 growth per euro paid; the program's exclusions are set per test. */
const EUR_RATE = { currency_code: "eur", growth_per_unit: 1, spend_rate: 1 }

/** The catalogue: two goods that ship (for fulfillment and returns) and two that do not. */
const PRODUCTS = [
  { title: "Tea leaves", prices: { eur: 100, usd: 110 } },
  { title: "Sampler", prices: { eur: 33, usd: 36 } },
  { title: "Teapot", prices: { eur: 30, usd: 33 }, shipped: true },
  { title: "Cup", prices: { eur: 10, usd: 11 }, shipped: true },
]

/** A growth entry as the admin and store ledgers return it. */
type Entry = { id: string; amount: number; reason: string; reference: string | null; order_id: string | null; note: string | null; actor: string }

const total = (entries: Entry[]) => entries.reduce((sum, entry) => sum + entry.amount, 0)
/** `[reason, amount]` per entry, oldest first (the ledger lists newest first). */
const moves = (entries: Entry[]) => [...entries].reverse().map((entry) => [entry.reason, entry.amount])

export const growthSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("growth", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let shopper: CustomerSession

    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    const variant = (title: string) => store.products.find((product) => product.title === title)!.variantId

    /** Runs `action`, then waits until every subscriber of `event` has handled it. */
    async function settled<T>(event: string, action: () => Promise<T>): Promise<T> {
      const done = waitSubscribersExecution(event, eventBus())
      const result = await action()
      await done
      return result
    }

    const setProgram = async (settings: Record<string, unknown>) =>
      (await api.post("/admin/membership/tier-program", settings, admin)).data.program
    const createTier = async (body: Record<string, unknown>) => (await api.post("/admin/membership/tiers", body, admin)).data.tier

    /**
     * A store checkout in the EUR region, paid with the system provider (which authorizes and
     * leaves the capture to the merchant), after which the `order.placed` subscribers have run.
     */
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

    /** The merchant captures in the admin; the `payment.captured` subscribers have run after. */
    const capture = (orderId: string) => captureOrderPayment(api, admin, getContainer(), orderId)
    /** The merchant captures only `amount` of the payment with `POST /admin/payments/:id/capture`. */
    async function captureAmount(orderId: string, amount: number) {
      const payment = await paymentOf(orderId)
      await settled("payment.captured", () => api.post(`/admin/payments/${payment.id}/capture`, { amount }, admin))
    }
    /** The merchant refunds part of the payment with `POST /admin/payments/:id/refund`. */
    async function refund(orderId: string, amount: number) {
      const payment = await paymentOf(orderId)
      await settled("payment.refunded", () => api.post(`/admin/payments/${payment.id}/refund`, { amount }, admin))
    }
    const cancelOrder = (orderId: string) => settled("order.canceled", () => api.post(`/admin/orders/${orderId}/cancel`, {}, admin))
    const completeOrder = (orderId: string) => settled("order.completed", () => api.post(`/admin/orders/${orderId}/complete`, {}, admin))

    /**
     * Medusa's order transfer: the merchant requests it for `to` (`POST /admin/orders/:id/transfer`),
     * and `to` accepts it in the store with the token Medusa sends them (`POST /store/orders/:id/transfer/accept`).
     */
    async function transferOrder(orderId: string, to: CustomerSession) {
      await api.post(`/admin/orders/${orderId}/transfer`, { customer_id: to.customerId }, admin)
      const { order_changes } = (await api.get(`/admin/orders/${orderId}/changes?change_type=transfer`, admin)).data
      const action = order_changes[0].actions.find((candidate: { action: string }) => candidate.action === "TRANSFER_CUSTOMER")
      await api.post(`/store/orders/${orderId}/transfer/accept`, { token: action.details.token }, { headers: to.headers })
    }
    const ownerOf = async (orderId: string) => (await api.get(`/admin/orders/${orderId}?fields=id,customer_id`, admin)).data.order.customer_id

    /** The admin view of a customer's growth: tier, totals and the whole ledger. */
    const ledger = async (customerId: string) => (await api.get(`/admin/membership/customers/${customerId}/growth?limit=100`, admin)).data
    const entriesOf = async (customerId: string, orderId?: string): Promise<Entry[]> =>
      (await ledger(customerId)).entries.filter((entry: Entry) => !orderId || entry.order_id === orderId)

    /** A merchant's adjustment with `POST /admin/membership/customers/:id/growth`. */
    const adjust = (customerId: string, body: Record<string, unknown>) => api.post(`/admin/membership/customers/${customerId}/growth`, body, admin)

    const storeTier = async (customer: CustomerSession) => (await api.get("/store/membership/tier", { headers: customer.headers })).data
    const storeGrowth = async (customer: CustomerSession) => (await api.get("/store/membership/growth", { headers: customer.headers })).data
    const checkIn = (customer: CustomerSession) => api.post("/store/membership/check-in", {}, { headers: customer.headers })

    const reconcile = (orderId: string) => reconcileOrderGrowthWorkflow(getContainer()).run({ input: { order_id: orderId } })

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      store = await createStoreFixture(getContainer(), {
        currencies: ["eur", "usd"],
        products: PRODUCTS,
        shipping: { eur: 5, usd: 5 },
        defaultSalesChannel: true,
      })
      shopper = await registerCustomer(api, store.publishableKey, { email: "shopper@example.com" })
      await setProgram({ earn_rates: [EUR_RATE] })
    })

    describe("award on capture", () => {
      it("awards nothing when the order is placed, then the captured goods (no shipping, no tax) and upgrades at once", async () => {
        await createTaxRegionsWorkflow(getContainer()).run({
          input: store.regions.eur.countries.map((country_code) => ({
            country_code,
            provider_id: "tp_system",
            default_tax_rate: { rate: 10, code: "VAT", name: "VAT" },
          })),
        })
        await setProgram({ exclude_shipping: true, exclude_tax: true })
        const silver = await createTier({
          name: "Silver",
          rank: 1,
          threshold: 50,
          badge_label: "Silver",
          badge_color: "#C0C0C0",
          badge_icon: "star",
          description: "Free gift wrapping",
        })
        const gold = await createTier({ name: "Gold", rank: 2, threshold: 200, badge_color: "#FFD700", description: "Free shipping" })

        const order = await placeOrder(shopper, [{ variant_id: variant("Teapot"), quantity: 2 }, { variant_id: variant("Cup") }])
        const placed = await adminOrder(order.id)
        expect(placed.tax_total).toBeGreaterThan(0)
        expect(placed.shipping_total).toBeGreaterThan(0)
        // Shipping (with its tax) and the goods' tax are left out: 2 × 30 + 10 = 70 of goods.
        const goods = placed.total - placed.shipping_total - (placed.tax_total - placed.shipping_tax_total)
        expect(goods).toBeCloseTo(70, 6)
        expect(await entriesOf(shopper.customerId)).toEqual([])
        expect((await storeTier(shopper)).tier).toBeNull()

        await capture(order.id)

        const view = await ledger(shopper.customerId)
        expect(view.entries).toEqual([expect.objectContaining({ reason: "order", amount: 70, order_id: order.id, reference: order.id })])
        expect(view.count).toBe(1)
        expect(view.growth).toMatchObject({ balance: 70, lifetime: 70, orders: 1 })
        expect(view.growth.spend).toBeCloseTo(70, 2)
        expect(view.tier).toMatchObject({ id: silver.id })
        expect(view.next_tier).toMatchObject({ id: gold.id })

        const own = await storeGrowth(shopper)
        expect(own).toMatchObject({ count: 1, entries: [expect.objectContaining({ id: view.entries[0].id, reason: "order", amount: 70 })] })

        const standing = await storeTier(shopper)
        expect(standing).toMatchObject({
          tier: {
            id: silver.id,
            name: "Silver",
            rank: 1,
            badge: { label: "Silver", color: "#C0C0C0", icon: "star" },
            description: "Free gift wrapping",
          },
          growth: { balance: 70, lifetime: 70, orders: 1 },
          next_tier: { id: gold.id, name: "Gold", threshold: 200, remaining: 130, description: "Free shipping" },
          mode: "growth",
          window_days: null,
        })
        expect(standing.next_tier.progress).toBeCloseTo(0.35, 6)

        const { data } = await api.get(`/admin/customers/${shopper.customerId}?fields=id,*groups`, admin)
        const groups = data.customer.groups.map((group: { id: string }) => group.id)
        expect(groups).toContain(silver.customer_group_id)
        expect(groups).not.toContain(gold.customer_group_id)
      })

      it("awards an order once when payment.captured is redelivered, the order completes, or reconciliations race", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)
        const payment = await paymentOf(order.id)

        await settled("payment.captured", () => eventBus().emit({ name: "payment.captured", data: { id: payment.id } }))
        await Promise.all([reconcile(order.id), reconcile(order.id)])
        await completeOrder(order.id)

        expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 100]])
        expect((await storeTier(shopper)).growth).toMatchObject({ balance: 100, orders: 1 })
      })

      it("awards once when the first award itself is raced by the capture event and two reconciliations", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        const payment = await paymentOf(order.id)
        // Captured without Medusa's event, so that the event, redelivered or not, races the workflows.
        await getContainer().resolve(Modules.PAYMENT).capturePayment({ payment_id: payment.id })
        expect(await entriesOf(shopper.customerId)).toEqual([])

        await Promise.all([
          settled("payment.captured", () => eventBus().emit({ name: "payment.captured", data: { id: payment.id } })),
          reconcile(order.id),
          reconcile(order.id),
        ])

        expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 100]])
      })

      it("gives a paid member of a plan with a multiplier twice the growth for the same order", async () => {
        const plan = (
          await api.post(
            "/admin/membership/plans",
            { name: "PLUS Monthly", interval: "month", prices: [{ currency_code: "eur", amount: 10 }] },
            admin
          )
        ).data.plan
        await setProgram({ plan_multipliers: [{ plan_id: plan.id, multiplier: 2 }] })

        const planOrder = await placeOrder(shopper, [{ variant_id: plan.variant_id }])
        await capture(planOrder.id)
        expect((await api.get("/store/membership/me", { headers: shopper.headers })).data.membership).toMatchObject({
          status: "active",
          plan: { id: plan.id },
        })

        const member = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(member.id)
        const other = await registerCustomer(api, store.publishableKey, { email: "other@example.com" })
        const nonMember = await placeOrder(other, [{ variant_id: variant("Tea leaves") }])
        await capture(nonMember.id)

        expect(moves(await entriesOf(shopper.customerId, member.id))).toEqual([["order", 200]])
        expect(moves(await entriesOf(other.customerId, nonMember.id))).toEqual([["order", 100]])
      })
    })

    describe("reversals", () => {
      it("takes back the refunded share of an order's growth, and all of it by the end", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Sampler") }])
        await capture(order.id)
        expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 33]])

        await refund(order.id, 9.9) // 30%: round(9.9) = 10
        expect(moves(await entriesOf(shopper.customerId))).toEqual([
          ["order", 33],
          ["refund", -10],
        ])
        await refund(order.id, 9.9) // 60% in all: round(19.8) = 20, so 10 more
        await refund(order.id, 13.2) // the rest: everything
        const entries = await entriesOf(shopper.customerId, order.id)
        expect(moves(entries)).toEqual([
          ["order", 33],
          ["refund", -10],
          ["refund", -10],
          ["refund", -13],
        ])
        expect(total(entries)).toBe(0)
        expect((await storeTier(shopper)).growth).toMatchObject({ balance: 0, lifetime: 0, orders: 0 })
      })

      it("takes back what is left when a partly refunded order is canceled", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)
        await refund(order.id, 30)
        await cancelOrder(order.id)

        const entries = await entriesOf(shopper.customerId, order.id)
        expect(moves(entries)).toEqual([
          ["order", 100],
          ["refund", -30],
          ["cancel", -70],
        ])
        expect((await ledger(shopper.customerId)).growth).toMatchObject({ balance: 0, orders: 0 })
      })

      it("takes a refund of a transferred order back from the customer who was awarded it, and gives the new owner nothing", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)
        const buyer = await registerCustomer(api, store.publishableKey, { email: "new-owner@example.com" })
        await transferOrder(order.id, buyer)
        expect(await ownerOf(order.id)).toBe(buyer.customerId)

        await refund(order.id, 30)

        expect(moves(await entriesOf(shopper.customerId, order.id))).toEqual([
          ["order", 100],
          ["refund", -30],
        ])
        expect(await entriesOf(buyer.customerId)).toEqual([])
        expect((await storeTier(buyer)).growth).toMatchObject({ balance: 0, lifetime: 0, orders: 0 })
      })

      it("reverses all of a canceled unfulfilled order's growth, once, and a late capture event gives nothing back", async () => {
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)
        const payment = await paymentOf(order.id)
        await cancelOrder(order.id)
        expect((await adminOrder(order.id)).status).toBe("canceled")

        await settled("payment.captured", () => eventBus().emit({ name: "payment.captured", data: { id: payment.id } }))
        await reconcile(order.id)

        expect(moves(await entriesOf(shopper.customerId))).toEqual([
          ["order", 100],
          ["cancel", -100],
        ])
        expect((await storeTier(shopper)).growth).toMatchObject({ balance: 0, lifetime: 0, orders: 0 })
      })

      describe("returns", () => {
        type ItemQuantity = { id: string; quantity: number }

        async function fulfillAll(orderId: string) {
          const order = await adminOrder(orderId)
          await api.post(
            `/admin/orders/${orderId}/fulfillments`,
            { items: order.items.map((item: ItemQuantity) => ({ id: item.id, quantity: item.quantity })) },
            admin
          )
        }
        /** The merchant receives `items` of a requested return; the `order.return_received` subscribers have run after. */
        async function receive(returnId: string, items: ItemQuantity[]) {
          await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
          await api.post(`/admin/returns/${returnId}/receive-items`, { items }, admin)
          await settled("order.return_received", () => api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin))
        }
        /** Returns `items` through Medusa's admin return flow, up to receiving them. */
        async function returnItems(orderId: string, items: ItemQuantity[]) {
          const { data } = await api.post("/admin/returns", { order_id: orderId }, admin)
          await api.post(`/admin/returns/${data.return.id}/request-items`, { items }, admin)
          await api.post(`/admin/returns/${data.return.id}/request`, {}, admin)
          await receive(data.return.id, items)
        }
        /** Fulfills every item, then returns `items` and receives them. */
        async function fulfillAndReturn(orderId: string, items: ItemQuantity[]) {
          await fulfillAll(orderId)
          await returnItems(orderId, items)
        }
        /**
         * Swaps `items` for one each of `variantId` with Medusa's admin exchange (`kind` "exchanges")
         * or replacement claim (`kind` "claims") flow: inbound and outbound items, confirmed, then the
         * inbound items received.
         */
        async function swap(kind: "exchanges" | "claims", orderId: string, items: ItemQuantity[], variantId: string) {
          const body = kind === "claims" ? { order_id: orderId, type: "replace" } : { order_id: orderId }
          const id = (await api.post(`/admin/${kind}`, body, admin)).data[kind === "claims" ? "claim" : "exchange"].id
          const inbound = (await api.post(`/admin/${kind}/${id}/inbound/items`, { items }, admin)).data
          await api.post(`/admin/${kind}/${id}/outbound/items`, { items: items.map(({ quantity }) => ({ variant_id: variantId, quantity })) }, admin)
          await api.post(`/admin/${kind}/${id}/request`, {}, admin)
          await receive(inbound.return.id, items)
        }
        const itemOf = async (orderId: string, title: string) =>
          (await adminOrder(orderId)).items.find((item: { title: string }) => item.title === title)

        it("takes back a returned item's share, and its refund takes nothing more", async () => {
          await setProgram({ exclude_shipping: false })
          // 30 + 10 + 5 shipping = 45 paid, all of it earning.
          const order = await placeOrder(shopper, [{ variant_id: variant("Teapot") }, { variant_id: variant("Cup") }])
          await capture(order.id)
          expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 45]])

          const cup = await itemOf(order.id, "Cup")
          await fulfillAndReturn(order.id, [{ id: cup.id, quantity: 1 }])
          expect(moves(await entriesOf(shopper.customerId))).toEqual([
            ["order", 45],
            ["return", -10],
          ])

          await refund(order.id, 10)
          expect(moves(await entriesOf(shopper.customerId))).toEqual([
            ["order", 45],
            ["return", -10],
          ])
          expect((await storeTier(shopper)).growth).toMatchObject({ balance: 35, orders: 1 })
        })

        it("takes back all of an order's growth when all its goods come back, though shipping is not refunded", async () => {
          // The defaults: growth is earned on the goods only (30 + 10 = 40 of the 45 paid).
          await setProgram({ exclude_shipping: true, exclude_tax: true })
          const order = await placeOrder(shopper, [{ variant_id: variant("Teapot") }, { variant_id: variant("Cup") }])
          await capture(order.id)
          expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 40]])

          const items = (await adminOrder(order.id)).items.map((item: { id: string }) => ({ id: item.id, quantity: 1 }))
          await fulfillAndReturn(order.id, items)
          await refund(order.id, 40)

          const entries = await entriesOf(shopper.customerId, order.id)
          expect(total(entries)).toBe(0)
          expect((await storeTier(shopper)).growth).toMatchObject({ balance: 0, orders: 0 })
        })

        it.each([
          ["an exchange", "exchanges"],
          ["a replacement claim", "claims"],
        ] as const)("takes nothing back for %s of the same goods, and measures a later return against the goods bought", async (_, kind) => {
          const order = await placeOrder(shopper, [{ variant_id: variant("Teapot") }, { variant_id: variant("Cup") }])
          await capture(order.id)
          expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 40]])
          const teapot = await itemOf(order.id, "Teapot")
          const cup = await itemOf(order.id, "Cup")
          await fulfillAll(order.id)

          // The teapot comes back and an identical one goes out: nothing is owed either way.
          await swap(kind, order.id, [{ id: teapot.id, quantity: 1 }], variant("Teapot"))
          const teapots = (await adminOrder(order.id)).items.filter((item: { title: string }) => item.title === "Teapot")
          expect(teapots).toHaveLength(2)
          expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 40]])
          expect((await storeTier(shopper)).growth).toMatchObject({ balance: 40, orders: 1 })

          // The cup is a quarter of the 40 of goods bought, which do not include the teapot sent out.
          await returnItems(order.id, [{ id: cup.id, quantity: 1 }])
          expect(moves(await entriesOf(shopper.customerId))).toEqual([
            ["order", 40],
            ["return", -10],
          ])
        })
      })
    })

    it("awards an order captured in parts whose sum in binary floats falls short of its total", async () => {
      const order = await placeOrder(shopper, [{ variant_id: variant("Sampler") }])
      expect(Number(order.total)).toBe(33)
      for (const amount of [30.74, 1.39, 0.87]) {
        await captureAmount(order.id, amount)
      }
      expect(moves(await entriesOf(shopper.customerId, order.id))).toEqual([["order", 33]])
    })

    describe("award on completion", () => {
      it("awards nothing for a capture alone, and the order's growth once the merchant completes it", async () => {
        await setProgram({ award_on: "completion" })
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await capture(order.id)
        expect(await entriesOf(shopper.customerId)).toEqual([])

        await completeOrder(order.id)
        expect((await adminOrder(order.id)).status).toBe("completed")
        expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 100]])

        await reconcile(order.id)
        expect(await entriesOf(shopper.customerId)).toHaveLength(1)
      })

      it("awards nothing for a completed order that is only partly captured, and all of it once the rest is captured", async () => {
        await setProgram({ award_on: "completion" })
        const order = await placeOrder(shopper, [{ variant_id: variant("Tea leaves") }])
        await captureAmount(order.id, 40)
        await completeOrder(order.id)
        expect((await adminOrder(order.id)).status).toBe("completed")
        expect(await entriesOf(shopper.customerId)).toEqual([])

        await captureAmount(order.id, 60)
        expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 100]])

        await reconcile(order.id)
        expect(moves(await entriesOf(shopper.customerId))).toEqual([["order", 100]])
      })
    })

    describe("daily check-in", () => {
      it("awards once a day, with the streak bonus every second day in a row", async () => {
        await setProgram({ check_in_growth: 3, streak_days: 2, streak_bonus: 5, timezone: "UTC" })
        const now = Date.now()
        const yesterday = await checkInWorkflow(getContainer()).run({ input: { customer_id: shopper.customerId, now: new Date(now - DAY_MS) } })
        expect(yesterday.result).toMatchObject({ streak: 1, awarded: 3, already_checked_in: false })

        const first = (await checkIn(shopper)).data
        expect(first).toMatchObject({
          check_in: { date: new Date(now).toISOString().slice(0, 10), streak: 2, awarded: 8, already_checked_in: false },
          growth: { balance: 11 },
        })
        const second = (await checkIn(shopper)).data
        expect(second).toMatchObject({ check_in: { streak: 2, awarded: 0, already_checked_in: true }, growth: { balance: 11 } })

        const tomorrow = await checkInWorkflow(getContainer()).run({ input: { customer_id: shopper.customerId, now: new Date(now + DAY_MS) } })
        expect(tomorrow.result).toMatchObject({ streak: 3, awarded: 3, already_checked_in: false })

        const entries = await entriesOf(shopper.customerId)
        expect(moves(entries)).toEqual([
          ["check_in", 3],
          ["check_in", 8],
          ["check_in", 3],
        ])
        expect(entries.every((entry) => entry.actor === "customer")).toBe(true)
      })

      it("counts two check-ins sent at once as one", async () => {
        await setProgram({ check_in_growth: 3 })
        const answers = (await Promise.all([checkIn(shopper), checkIn(shopper)])).map(({ data }) => data.check_in)
        expect(answers.map((answer) => answer.awarded).sort()).toEqual([0, 3])
        expect(answers.filter((answer) => answer.already_checked_in)).toHaveLength(1)
        expect(moves(await entriesOf(shopper.customerId))).toEqual([["check_in", 3]])
      })

      it("refuses a check-in while the program has none, saying so", async () => {
        await setProgram({ check_in_growth: 0 })
        const refused = await failure(checkIn(shopper))
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(refused.status).toBeLessThan(500)
        expect(refused.data.message).toMatch(/check-in is not enabled/i)
        expect(await entriesOf(shopper.customerId)).toEqual([])
      })
    })

    describe("manual adjustments and privacy", () => {
      it("adjusts growth only with a note and a non-zero amount", async () => {
        const url = `/admin/membership/customers/${shopper.customerId}/growth`
        const noNote = await failure(api.post(url, { amount: 50 }, admin))
        expect(noNote.status).toBe(400)
        expect(noNote.data.message).toMatch(/note/)
        const zero = await failure(api.post(url, { amount: 0, note: "Nothing" }, admin))
        expect(zero.status).toBe(400)
        expect(zero.data.message).toMatch(/amount/)
        const blank = await failure(api.post(url, { amount: 5, note: "   " }, admin))
        expect(blank.status).toBe(400)
        expect(await entriesOf(shopper.customerId)).toEqual([])

        const silver = await createTier({ name: "Silver", rank: 1, threshold: 40 })
        const { status, data } = await api.post(url, { amount: 50, note: "Late delivery" }, admin)
        expect(status).toBe(201)
        expect(data.entry).toMatchObject({ amount: 50, reason: "manual", note: "Late delivery", actor: expect.stringMatching(/^admin:/) })
        expect(data.tier).toMatchObject({ id: silver.id })
        await api.post(url, { amount: -20, note: "Goodwill taken back" }, admin)
        expect((await ledger(shopper.customerId)).growth).toMatchObject({ balance: 30, lifetime: 30 })

        const missing = await failure(api.post("/admin/membership/customers/cus_missing/growth", { amount: 5, note: "x" }, admin))
        expect(missing.status).toBe(404)
      })

      it("writes one entry for three adjustments sent at once with the same idempotency key, and answers each with it", async () => {
        const body = { amount: 25, note: "Apology for a late parcel", idempotency_key: "support-ticket-4711" }
        const answers = await Promise.all([adjust(shopper.customerId, body), adjust(shopper.customerId, body), adjust(shopper.customerId, body)])

        expect(answers.map(({ status }) => status)).toEqual([201, 201, 201])
        const ids = answers.map(({ data }) => data.entry.id)
        expect(new Set(ids).size).toBe(1)
        const entries = await entriesOf(shopper.customerId)
        expect(entries).toEqual([expect.objectContaining({ id: ids[0], amount: 25, reason: "manual" })])
        expect((await ledger(shopper.customerId)).growth).toMatchObject({ balance: 25 })
      })

      it("refuses an adjustment of more than 10,000,000 either way", async () => {
        for (const amount of [10_000_001, -10_000_001]) {
          const refused = await failure(adjust(shopper.customerId, { amount, note: "Too much" }))
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/amount/)
        }
        expect(await entriesOf(shopper.customerId)).toEqual([])
        expect((await adjust(shopper.customerId, { amount: 10_000_000, note: "The most at once" })).status).toBe(201)
      })

      it("reports growth totals as numbers after large adjustments, and past what a 32-bit integer holds", async () => {
        for (const n of [1, 2, 3]) {
          await adjust(shopper.customerId, { amount: 10_000_000, note: `Migrated balance, part ${n}` })
        }
        // A total sent as a string ("30000000") would not match.
        expect((await storeTier(shopper)).growth).toMatchObject({ balance: 30_000_000, lifetime: 30_000_000, orders: 0 })

        // Two orders awarded the most one entry holds take the sums past 2^31 - 1.
        const now = new Date()
        await getContainer()
          .resolve<TierModuleService>(TIER_MODULE)
          .createGrowthEntries(
            [1, 2].map((n) => ({
              customer_id: shopper.customerId,
              amount: MAX_GROWTH_ENTRY,
              reason: "order",
              order_count: 1,
              counts_at: now,
              idempotency_key: `seed:huge-order:${n}`,
            })) as never[]
          )
        const expected = 30_000_000 + 2 * MAX_GROWTH_ENTRY
        expect(expected).toBeGreaterThan(2 ** 31 - 1)
        expect((await storeTier(shopper)).growth).toMatchObject({ balance: expected, lifetime: expected, orders: 2 })
        expect((await ledger(shopper.customerId)).growth).toMatchObject({ balance: expected, lifetime: expected, orders: 2 })
      })

      it("shows shoppers only their own growth, and guests none", async () => {
        const other = await registerCustomer(api, store.publishableKey, { email: "other@example.com" })
        await api.post(`/admin/membership/customers/${other.customerId}/growth`, { amount: 25, note: "Welcome gift" }, admin)

        expect(await storeGrowth(shopper)).toMatchObject({ count: 0, entries: [] })
        expect((await storeTier(shopper)).growth).toMatchObject({ balance: 0 })
        expect(await storeGrowth(other)).toMatchObject({ count: 1, entries: [expect.objectContaining({ amount: 25, reason: "manual" })] })
        expect((await storeTier(other)).growth).toMatchObject({ balance: 25 })

        const guest = store.store
        expect((await failure(api.get("/store/membership/growth", guest))).status).toBe(401)
        expect((await failure(api.get("/store/membership/tier", guest))).status).toBe(401)
        expect((await failure(api.post("/store/membership/check-in", {}, guest))).status).toBe(401)
      })
    })
  })
