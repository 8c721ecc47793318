import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { settled } from "../../helpers/subscribers"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { reconcileOrderBenefitUsageWorkflow } from "../../../src/workflows/benefits/workflows/reconcile-order-benefit-usage"
import { issueCouponDrops } from "../../../src/workflows/benefits"
import { adminHeaders } from "../../helpers/auth"
import { addAddressAndShipping, type CartItem, checkout, completeCart, createCart, startPayment } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { captureOrderPayment } from "../../helpers/membership"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"

const PLUS = {
  name: "PLUS Monthly",
  interval: "month",
  refund_policy: "benefits_used",
  prices: [
    { currency_code: "eur", amount: 30 },
    { currency_code: "usd", amount: 33 },
  ],
}

type ItemQuantity = { id: string; quantity: number }
type Usage = { benefit_id: string; benefit_type: string; value: number; reversed_value: number; membership_id: string | null }

export const benefitUsageSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("benefit usage", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let shopper: CustomerSession
    let plan: { id: string; variant_id: string }
    let memberPrice: { id: string }
    let discount: { id: string }

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const variant = (title: string) => store.products.find((product) => product.title === title)!.variantId
    const productOf = (title: string) => store.products.find((product) => product.title === title)!.id

    const placeOrder = async (items: CartItem[]) =>
      (
        await settled(getContainer(), "order.placed", () =>
          checkout(api, { headers: shopper.headers, regionId: store.regions.eur.id, items, providerId: "pp_system_default" })
        )
      ).order

    const adminOrder = async (orderId: string) =>
      (await api.get(`/admin/orders/${orderId}?fields=id,total,discount_total,*items,*payment_collections.payments`, admin)).data.order

    const usagesOf = async (orderId: string): Promise<Usage[]> =>
      ((await memberships().listBenefitUsages({ order_id: orderId }, { order: { benefit_type: "ASC" } })) as unknown as Usage[]).map((usage) => ({
        benefit_id: usage.benefit_id,
        benefit_type: usage.benefit_type,
        value: Number(usage.value),
        reversed_value: Number(usage.reversed_value),
        membership_id: usage.membership_id,
      }))

    async function returnItems(orderId: string, items: ItemQuantity[]) {
      const order = await adminOrder(orderId)
      await api.post(`/admin/orders/${orderId}/fulfillments`, { items: order.items.map((item: ItemQuantity) => ({ id: item.id, quantity: item.quantity })) }, admin)
      const { data } = await api.post("/admin/returns", { order_id: orderId }, admin)
      await api.post(`/admin/returns/${data.return.id}/request-items`, { items }, admin)
      await api.post(`/admin/returns/${data.return.id}/request`, {}, admin)
      await api.post(`/admin/returns/${data.return.id}/receive`, {}, admin)
      await api.post(`/admin/returns/${data.return.id}/receive-items`, { items }, admin)
      await settled(getContainer(), "order.return_received", () => api.post(`/admin/returns/${data.return.id}/receive/confirm`, {}, admin))
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(api, container)
      store = await createStoreFixture(container, {
        currencies: ["eur", "usd"],
        products: [
          { title: "Teapot", prices: { eur: 30, usd: 33 }, shipped: true },
          { title: "Cup", prices: { eur: 10, usd: 11 }, shipped: true },
        ],
        shipping: { eur: 5, usd: 5 },
        defaultSalesChannel: true,
      })
      shopper = await registerCustomer(api, store.publishableKey, { email: "member@example.com" })
      plan = (await api.post("/admin/membership/plans", PLUS, admin)).data.plan
      memberPrice = (
        await api.post("/admin/membership/benefits", { name: "PLUS prices", type: "member_price", config: {}, plan_ids: [plan.id] }, admin)
      ).data.benefit
      discount = (
        await api.post(
          "/admin/membership/benefits",
          { name: "10% off for PLUS", type: "member_discount", config: { percentage: 10, scope: "order" }, plan_ids: [plan.id] },
          admin
        )
      ).data.benefit
      await api.post(
        "/admin/membership/member-prices",
        { product_id: productOf("Teapot"), prices: [{ variant_id: variant("Teapot"), benefit_id: memberPrice.id, currency_code: "eur", amount: 24 }] },
        admin
      )
    })

    it("records each benefit an order used once, and gives back its share on a return", async () => {
      const joined = await placeOrder([{ variant_id: plan.variant_id }])
      await captureOrderPayment(api, admin, getContainer(), joined.id)
      const [member] = await memberships().listMemberships({ customer_id: shopper.customerId })

      const order = await placeOrder([{ variant_id: variant("Teapot"), quantity: 2 }])
      const placed = await adminOrder(order.id)
      // 2 teapots at the member price 24 instead of 30, then 10% off the 48.
      expect(placed.items.map((item: { unit_price: number }) => Number(item.unit_price))).toEqual([24])
      expect(Number(placed.discount_total)).toBeCloseTo(4.8, 2)
      const recorded = await usagesOf(order.id)
      expect(recorded).toEqual([
        { benefit_id: discount.id, benefit_type: "member_discount", value: 4.8, reversed_value: 0, membership_id: member.id },
        { benefit_id: memberPrice.id, benefit_type: "member_price", value: 12, reversed_value: 0, membership_id: member.id },
      ])

      const listed = (await api.get(`/admin/membership/benefit-usages?customer_id=${shopper.customerId}&limit=1`, admin)).data
      expect(listed).toMatchObject({ count: 2, offset: 0, limit: 1 })
      expect(listed.benefit_usages).toHaveLength(1)
      expect((await api.get(`/admin/membership/benefit-usages?order_id=${order.id}`, admin)).data.count).toBe(2)
      expect((await failure(api.get("/admin/membership/benefit-usages?limit=1000", admin))).status).toBe(400)
      expect((await failure(api.get("/admin/membership/benefit-usages"))).status).toBe(401)

      // Redelivered and concurrent events write nothing more.
      await Promise.all([1, 2, 3].map(() => reconcileOrderBenefitUsageWorkflow(getContainer()).run({ input: { order_id: order.id } })))
      expect(await usagesOf(order.id)).toEqual(recorded)

      await captureOrderPayment(api, admin, getContainer(), order.id)
      const teapotLine = placed.items[0]
      await returnItems(order.id, [{ id: teapotLine.id, quantity: 1 }])
      expect((await usagesOf(order.id)).map((usage) => [usage.benefit_type, usage.value, usage.reversed_value])).toEqual([
        ["member_discount", 4.8, 2.4],
        ["member_price", 12, 6],
      ])
    })

    it("records what a plan bought in the same cart saved, and its refund deducts what was kept", async () => {
      const order = await placeOrder([{ variant_id: plan.variant_id }, { variant_id: variant("Teapot") }, { variant_id: variant("Cup") }])
      const usages = await usagesOf(order.id)
      expect(usages.find((usage) => usage.benefit_type === "member_price")).toMatchObject({ benefit_id: memberPrice.id, value: 6 })
      const discountUsed = usages.find((usage) => usage.benefit_type === "member_discount")!
      expect(discountUsed.value).toBeCloseTo(Number((await adminOrder(order.id)).discount_total), 2)
      // 10% of the teapot at its member price and the cup; the plan being bought is not discounted.
      expect(discountUsed.value).toBe(3.4)

      await captureOrderPayment(api, admin, getContainer(), order.id)
      const [member] = await memberships().listMemberships({ customer_id: shopper.customerId })
      // The membership this order bought did not exist when it was placed: recorded without it,
      // however late order.placed is handled (here after the capture created the membership).
      expect(usages.map((usage) => usage.membership_id)).toEqual([null, null])
      await memberships().deleteBenefitUsages((await memberships().listBenefitUsages({ order_id: order.id })).map((usage) => usage.id))
      await reconcileOrderBenefitUsageWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(await usagesOf(order.id)).toEqual(usages)
      const quote = (await api.get(`/admin/membership/memberships/${member.id}/refund-preview`, admin)).data
      expect(quote.benefits_used).toBeCloseTo(6 + discountUsed.value, 2)
    })

    it("deducts benefits once when the order that bought the next period used them during the current one", async () => {
      const joined = await placeOrder([{ variant_id: plan.variant_id }])
      await captureOrderPayment(api, admin, getContainer(), joined.id)
      const ahead = await placeOrder([{ variant_id: plan.variant_id }, { variant_id: variant("Teapot") }])
      await captureOrderPayment(api, admin, getContainer(), ahead.id)
      const used = (await usagesOf(ahead.id)).reduce((sum, usage) => sum + usage.value - usage.reversed_value, 0)
      // The teapot at 24 instead of 30, then 10% off it.
      expect(used).toBeCloseTo(6 + 2.4, 2)

      const [member] = await memberships().listMemberships({ customer_id: shopper.customerId })
      expect(await memberships().listMembershipPeriods({ membership_id: member.id, order_id: { $ne: null } })).toHaveLength(2)
      const quote = (await api.get(`/admin/membership/memberships/${member.id}/refund-preview`, admin)).data
      expect(quote.benefits_used).toBeCloseTo(used, 2)
    })

    it("credits a member price to the benefit the member holds when another plan's member price is the same", async () => {
      const vip = (await api.post("/admin/membership/plans", { ...PLUS, name: "VIP Monthly" }, admin)).data.plan
      const vipPrices = (
        await api.post("/admin/membership/benefits", { name: "VIP prices", type: "member_price", config: {}, plan_ids: [vip.id] }, admin)
      ).data.benefit
      for (const benefitId of [vipPrices.id, memberPrice.id]) {
        await api.post(
          "/admin/membership/member-prices",
          { product_id: productOf("Cup"), prices: [{ variant_id: variant("Cup"), benefit_id: benefitId, currency_code: "eur", amount: 8 }] },
          admin
        )
      }
      const joined = await placeOrder([{ variant_id: plan.variant_id }])
      await captureOrderPayment(api, admin, getContainer(), joined.id)
      const order = await placeOrder([{ variant_id: variant("Cup") }])
      expect((await usagesOf(order.id)).find((usage) => usage.benefit_type === "member_price")).toMatchObject({
        benefit_id: memberPrice.id,
        value: 2,
      })
    })

    it("records a dropped coupon's value against its coupon_drop benefit", async () => {
      const joined = await placeOrder([{ variant_id: plan.variant_id }])
      await captureOrderPayment(api, admin, getContainer(), joined.id)
      const drop = (
        await api.post(
          "/admin/membership/benefits",
          { name: "Monthly 5", type: "coupon_drop", config: { codes_per_month: 1, value_type: "fixed", value: 5, currency_code: "eur" }, plan_ids: [plan.id] },
          admin
        )
      ).data.benefit
      await issueCouponDrops(getContainer())
      const [coupon] = (await api.get("/store/membership/coupons", { headers: shopper.headers })).data.coupons

      const input = { headers: shopper.headers, regionId: store.regions.eur.id, providerId: "pp_system_default" }
      const cart = await createCart(api, { ...input, items: [{ variant_id: variant("Cup"), quantity: 3 }] })
      await api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: [coupon.code] }, { headers: shopper.headers })
      await addAddressAndShipping(api, cart.id, input)
      await startPayment(api, cart.id, input)
      const { order } = await settled(getContainer(), "order.placed", () => completeCart(api, cart.id, shopper.headers))

      // 10% member discount on 30 (3), then the 5 coupon on what is left.
      expect((await usagesOf(order.id)).map((usage) => [usage.benefit_id, usage.value])).toEqual([
        [drop.id, 5],
        [discount.id, 3],
      ])
    })

    it("records nothing for a shopper who is not a member, nor for a guest", async () => {
      const order = await placeOrder([{ variant_id: variant("Teapot") }])
      expect(Number((await adminOrder(order.id)).items[0].unit_price)).toBe(30)
      expect(await usagesOf(order.id)).toEqual([])
    })
  })
