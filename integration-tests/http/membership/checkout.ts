import { Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { activateMembershipForOrderWorkflow } from "../../../src/workflows/membership/workflows/activate-membership-for-order"
import { PLAN_PRODUCT_TYPE } from "../../../src/workflows/membership/utils/plan-product"
import { adminHeaders } from "../../helpers/auth"
import { addLineItems, checkout, createCart, type CartItem, startPayment } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { captureOrderPayment, createMembershipStore } from "../../helpers/membership"
import { createProduct, type StoreFixture } from "../../helpers/store-fixture"

const MONTHLY = {
  name: "PLUS Monthly",
  interval: "month",
  prices: [
    { currency_code: "eur", amount: 10 },
    { currency_code: "usd", amount: 12 },
  ],
}

export const checkoutSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("checkout", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let shopper: CustomerSession
    let asShopper: { headers: Record<string, string> }
    let plan: { id: string; variant_id: string; product_id: string }

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)

    /** An empty cart in the EUR region: the shopper's, or a guest's with only the publishable key. */
    const emptyCart = (headers: Record<string, string>, email?: string) =>
      createCart(api, { headers, regionId: store.regions.eur.id, items: [], email })
    /** Add-to-cart, one item at a time through `POST /store/carts/:id/line-items`. */
    const addItems = (headers: Record<string, string>, cartId: string, items: CartItem[]) =>
      addLineItems(api, cartId, { headers, items })
    const buy = (variantId: string) =>
      checkout(api, {
        headers: shopper.headers,
        regionId: store.regions.eur.id,
        items: [{ variant_id: variantId, quantity: 1 }],
        providerId: "pp_system_default",
      })

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      store = await createMembershipStore(getContainer())
      shopper = await registerCustomer(api, store.publishableKey, { email: "member@example.com" })
      asShopper = { headers: shopper.headers }
      plan = (await api.post("/admin/membership/plans", MONTHLY, admin)).data.plan
    })

    it("sells a plan through a product variant priced per currency", async () => {
      expect(plan).toMatchObject({ variant_id: expect.any(String), product_id: expect.any(String) })
      const { data } = await api.get("/store/membership/plans?currency_code=usd", asShopper)
      expect(data.plans).toEqual([
        expect.objectContaining({ id: plan.id, variant_id: plan.variant_id, price: { amount: 12, currency_code: "usd", trial: false } }),
      ])
    })

    it("activates the membership once the order's payment is captured", async () => {
      const { order } = await buy(plan.variant_id)
      expect(Number(order.total)).toBe(10)
      expect(await memberships().listMemberships({})).toHaveLength(0)

      expect(await captureOrderPayment(api, admin, getContainer(), order.id)).toBe(true)

      const [membership] = await memberships().listMemberships({}, { relations: ["periods", "events"] })
      expect(membership).toMatchObject({ status: "active", plan_id: plan.id, currency_code: "eur" })
      expect(membership.periods).toHaveLength(1)
      expect(membership.events.map((event) => event.type)).toEqual(["activated"])
    })

    it("grants an order's membership once, however often and concurrently its events arrive", async () => {
      const { order } = await buy(plan.variant_id)
      await captureOrderPayment(api, admin, getContainer(), order.id)

      const redelivered = await Promise.all(
        [1, 2, 3].map(() => activateMembershipForOrderWorkflow(getContainer()).run({ input: { order_id: order.id } }))
      )
      expect(redelivered.map(({ result }) => result)).toEqual([null, null, null])
      const [membership] = await memberships().listMemberships({}, { relations: ["periods", "events"] })
      expect(membership.periods).toHaveLength(1)
      expect(membership.events).toHaveLength(1)
    })

    it("charges a shopper of a qualifying tier the tier-gated price, in the cart too", async () => {
      const gated = (
        await api.post(
          "/admin/membership/plans",
          {
            name: "88VIP",
            interval: "year",
            prices: [
              { currency_code: "eur", amount: 888 },
              { currency_code: "eur", amount: 88, min_tier_rank: 3 },
              { currency_code: "usd", amount: 999 },
            ],
          },
          admin
        )
      ).data.plan
      const priceFor = async () =>
        (await api.get("/store/membership/plans?currency_code=eur", asShopper)).data.plans.find((p: { id: string }) => p.id === gated.id).price.amount
      expect(await priceFor()).toBe(888)

      // Tiers are reached by growth; a merchant's adjustment lifts the shopper at once.
      await api.post("/admin/membership/tiers", { name: "Silver", rank: 2, threshold: 100 }, admin)
      await api.post("/admin/membership/tiers", { name: "Gold", rank: 3, threshold: 500 }, admin)
      const adjust = (amount: number) =>
        api.post(`/admin/membership/customers/${shopper.customerId}/growth`, { amount, note: "test" }, admin)
      await adjust(100)
      expect(await priceFor()).toBe(888)
      await adjust(400)
      expect(await priceFor()).toBe(88)

      // A merchant's own group carrying the metadata key grants nothing: the plugin's tier decides.
      const customerModule = getContainer().resolve(Modules.CUSTOMER)
      const forged = await customerModule.createCustomerGroups({ name: "Forged", metadata: { membership_tier_rank: 9 } })
      await customerModule.addCustomerToGroup({ customer_id: shopper.customerId, customer_group_id: forged.id })
      expect(await priceFor()).toBe(88)

      const cart = await emptyCart(shopper.headers)
      const withPlan = await addItems(shopper.headers, cart.id, [{ variant_id: gated.variant_id, quantity: 1 }])
      expect(withPlan.items[0].unit_price).toBe(88)
      const { data } = await api.get(`/store/membership/plans?currency_code=usd`, asShopper)
      expect(data.plans.find((p: { id: string }) => p.id === gated.id).price.amount).toBe(999)
    })

    it("deletes a plan nobody bought, with its product, and refuses to delete one that was bought", async () => {
      const unsold = (await api.post("/admin/membership/plans", { ...MONTHLY, name: "Unsold" }, admin)).data.plan
      const { data } = await api.delete(`/admin/membership/plans/${unsold.id}`, admin)
      expect(data).toEqual({ id: unsold.id, object: "membership_plan", deleted: true })
      expect((await failure(api.get(`/admin/membership/plans/${unsold.id}`, admin))).status).toBe(404)
      expect((await failure(api.get(`/admin/products/${unsold.product_id}`, admin))).status).toBe(404)

      const { order } = await buy(plan.variant_id)
      await captureOrderPayment(api, admin, getContainer(), order.id)
      const refused = await failure(api.delete(`/admin/membership/plans/${plan.id}`, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/archive it instead/)
      expect((await api.get(`/admin/products/${plan.product_id}?fields=status`, admin)).data.product.status).toBe("published")
    })

    it("keeps the plan's product in step with the plan", async () => {
      await api.post(
        `/admin/membership/plans/${plan.id}`,
        { name: "PLUS Monthly+", trial_days: 7, prices: [{ currency_code: "eur", amount: 12 }] },
        admin
      )
      const { data } = await api.get(`/admin/products/${plan.product_id}?fields=title,status,variants.prices.*`, admin)
      expect(data.product).toMatchObject({ title: "PLUS Monthly+", status: "published" })
      expect(data.product.variants[0].prices.map((p: { amount: number }) => p.amount).sort()).toEqual([0, 12])

      const updated = (await api.get(`/admin/membership/plans/${plan.id}`, admin)).data.plan
      expect(updated).toMatchObject({ trial_days: 7, prices: [{ currency_code: "eur", amount: 12, min_tier_rank: null }] })

      await api.post(`/admin/membership/plans/${plan.id}`, { status: "archived" }, admin)
      const archived = await api.get(`/admin/products/${plan.product_id}?fields=status`, admin)
      expect(archived.data.product.status).toBe("draft")
      expect((await api.get("/store/membership/plans", asShopper)).data.plans).toEqual([])

      const missing = await failure(api.post("/admin/membership/plans/mplan_missing", { name: "x" }, admin))
      expect(missing.status).toBe(404)
    })

    describe("Medusa's GET /store/products", () => {
      beforeEach(async () => {
        await createProduct(getContainer(), store.salesChannelId, { title: "Mug", prices: { eur: 5 } })
        const shirt = await createProduct(getContainer(), store.salesChannelId, { title: "Shirt", prices: { eur: 20 } })
        const { data } = await api.post("/admin/product-types", { value: "Apparel" }, admin)
        await api.post(`/admin/products/${shirt.id}`, { type_id: data.product_type.id }, admin)
      })

      const listed = async (query = "") => {
        const { data } = await api.get(`/store/products?fields=title${query}`, asShopper)
        return { titles: data.products.map((product: { title: string }) => product.title).sort(), count: data.count }
      }

      it("leaves plans out of the list, keeps goods without a type and of other types, and still sells the plan", async () => {
        expect(await listed()).toEqual({ titles: ["Mug", "Shirt"], count: 2 })
        expect(await listed("&q=plus")).toEqual({ titles: [], count: 0 })

        const { order } = await buy(plan.variant_id)
        expect(order.items.map((item: { variant_id: string }) => item.variant_id)).toEqual([plan.variant_id])
      })

      it("lists plans when asked for by their type, id or handle, and shows one by id", async () => {
        const { data: types } = await api.get(`/store/product-types?value=${encodeURIComponent(PLAN_PRODUCT_TYPE)}`, asShopper)
        expect(types.product_types).toHaveLength(1)

        for (const filter of [`type_id=${types.product_types[0].id}`, `id=${plan.product_id}`, "handle=membership-plus-monthly"]) {
          expect(await listed(`&${filter}`)).toEqual({ titles: ["PLUS Monthly"], count: 1 })
        }
        const { data } = await api.get(`/store/products/${plan.product_id}?fields=title,type.value`, asShopper)
        expect(data.product).toMatchObject({ title: "PLUS Monthly", type: { value: PLAN_PRODUCT_TYPE } })
      })
    })

    describe("refuses a plan it cannot sell, at add-to-cart", () => {
      it("to a guest", async () => {
        const guest = store.store.headers
        const cart = await emptyCart(guest, "guest@example.com")
        const error = await failure(addItems(guest, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }]))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/guests cannot buy a membership/)
      })

      it("in a quantity above 1, also when added twice", async () => {
        const cart = await emptyCart(shopper.headers)
        const twice = await failure(addItems(shopper.headers, cart.id, [{ variant_id: plan.variant_id, quantity: 2 }]))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/quantity .* must be 1/)
        await addItems(shopper.headers, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }])
        const again = await failure(addItems(shopper.headers, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }]))
        expect(again.status).toBe(400)
      })

      it("beside another plan", async () => {
        const other = (await api.post("/admin/membership/plans", { ...MONTHLY, name: "PLUS Annual", interval: "year" }, admin)).data.plan
        const cart = await emptyCart(shopper.headers)
        await addItems(shopper.headers, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }])
        const error = await failure(addItems(shopper.headers, cart.id, [{ variant_id: other.variant_id, quantity: 1 }]))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/one membership plan/)
      })

      it("once archived, and again at completion", async () => {
        const cart = await emptyCart(shopper.headers)
        await addItems(shopper.headers, cart.id, [{ variant_id: plan.variant_id, quantity: 1 }])
        await api.post(`/admin/membership/plans/${plan.id}`, { status: "archived" }, admin)

        const other = await emptyCart(shopper.headers)
        const adding = await failure(addItems(shopper.headers, other.id, [{ variant_id: plan.variant_id, quantity: 1 }]))
        expect(adding.status).toBe(400)
        expect(adding.data.message).toMatch(/no longer sold/)

        await startPayment(api, cart.id, { headers: shopper.headers, providerId: "pp_system_default" })
        const completing = await failure(api.post(`/store/carts/${cart.id}/complete`, {}, asShopper))
        expect(completing.status).toBe(400)
        expect(completing.data.message).toMatch(/no longer sold/)
        expect(await memberships().listMemberships({})).toHaveLength(0)
      })
    })
  })
