import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { waitSubscribersExecution } from "@medusajs/test-utils/dist/events"
import { MEMBERSHIP_MODULE } from "../../src/modules/membership"
import type MembershipModuleService from "../../src/modules/membership/service"
import { adminHeaders } from "../helpers/auth"
import { demoStore } from "../helpers/demo-store"
import { failure } from "../helpers/http"
import { addItems, checkout, createCart, type Headers, payAndComplete, registerShopper } from "../helpers/shopper"

jest.setTimeout(180_000)

const MONTHLY = {
  name: "PLUS Monthly",
  interval: "month",
  prices: [
    { currency_code: "eur", amount: 10 },
    { currency_code: "usd", amount: 12 },
  ],
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Awaited<ReturnType<typeof demoStore>>
    let shopper: Headers
    let plan: { id: string; variant_id: string; product_id: string }

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      store = await demoStore(getContainer())
      shopper = await registerShopper(api, store.publishableKey, "member@example.com")
      plan = (await api.post("/admin/membership/plans", MONTHLY, admin)).data.plan
    })

    it("sells a plan through a product variant priced per currency", async () => {
      expect(plan).toMatchObject({ variant_id: expect.any(String), product_id: expect.any(String) })
      const { data } = await api.get("/store/membership/plans?currency_code=usd", shopper)
      expect(data.plans).toEqual([
        expect.objectContaining({ id: plan.id, variant_id: plan.variant_id, price: { amount: 12, currency_code: "usd", trial: false } }),
      ])
    })

    it("activates the membership once the order's payment is captured", async () => {
      const order = await checkout(api, shopper, store.region("eur"), [{ variant_id: plan.variant_id, quantity: 1 }])
      expect(Number(order.total)).toBe(10)
      expect(await memberships().listMemberships({})).toHaveLength(0)

      const { data } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)
      const paymentId = data.order.payment_collections[0].payments[0].id
      const activated = waitSubscribersExecution("payment.captured", getContainer().resolve(Modules.EVENT_BUS))
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      await activated

      const [membership] = await memberships().listMemberships({}, { relations: ["periods", "events"] })
      expect(membership).toMatchObject({ status: "active", plan_id: plan.id, currency_code: "eur" })
      expect(membership.periods).toHaveLength(1)
      expect(membership.events.map((event) => event.type)).toEqual(["activated"])
    })

    describe("refuses a plan it cannot sell, at add-to-cart", () => {
      it("to a guest", async () => {
        const guest = { headers: { "x-publishable-api-key": store.publishableKey } }
        const cart = await createCart(api, guest, store.region("eur"))
        const error = await failure(addItems(api, guest, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }]))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/guests cannot buy a membership/)
      })

      it("in a quantity above 1, also when added twice", async () => {
        const cart = await createCart(api, shopper, store.region("eur"))
        const twice = await failure(addItems(api, shopper, cart.id, [{ variant_id: plan.variant_id, quantity: 2 }]))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/quantity .* must be 1/)
        await addItems(api, shopper, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }])
        const again = await failure(addItems(api, shopper, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }]))
        expect(again.status).toBe(400)
      })

      it("beside another plan", async () => {
        const other = (await api.post("/admin/membership/plans", { ...MONTHLY, name: "PLUS Annual", interval: "year" }, admin)).data.plan
        const cart = await createCart(api, shopper, store.region("eur"))
        await addItems(api, shopper, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }])
        const error = await failure(addItems(api, shopper, cart.id, [{ variant_id: other.variant_id, quantity: 1 }]))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/one membership plan/)
      })

      it("once archived, and again at completion", async () => {
        const cart = await createCart(api, shopper, store.region("eur"))
        await addItems(api, shopper, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }])
        await api.post(`/admin/membership/plans/${plan.id}`, { status: "archived" }, admin)

        const other = await createCart(api, shopper, store.region("eur"))
        const adding = await failure(addItems(api, shopper, other.id, [{ variant_id: plan.variant_id, quantity: 1 }]))
        expect(adding.status).toBe(400)
        expect(adding.data.message).toMatch(/no longer sold/)

        const completing = await failure(payAndComplete(api, shopper, cart.id))
        expect(completing.status).toBe(400)
        expect(completing.data.message).toMatch(/no longer sold/)
        expect(await memberships().listMemberships({})).toHaveLength(0)
      })
    })
  },
})
