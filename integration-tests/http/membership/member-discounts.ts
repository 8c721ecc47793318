import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { benefitIdsByPromotionId } from "../../../src/workflows/benefits/queries/benefit-ids-by-promotion-id"
import { adminHeaders } from "../../helpers/auth"
import { addAddressAndShipping, addLineItems, type CartItem, completeCart, createCart } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { statementsDuring } from "../../helpers/statements"
import { createStoreFixture, type FixtureProduct, type StoreFixture } from "../../helpers/store-fixture"

const DAY_MS = 86_400_000

const MONTHLY = {
  name: "PLUS Monthly",
  interval: "month",
  prices: [
    { currency_code: "eur", amount: 10 },
    { currency_code: "usd", amount: 12 },
  ],
}

type Adjustment = { id: string; code: string; promotion_id: string; amount: number }
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StoreCart = any

export const memberDiscountsSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("member discounts", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let member: CustomerSession
    let shopper: CustomerSession
    let plan: { id: string; variant_id: string }
    let shirt: FixtureProduct
    let book: FixtureProduct
    let lamp: FixtureProduct

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const promotions = () => getContainer().resolve<IPromotionModuleService>(Modules.PROMOTION)

    const createBenefit = async (body: Record<string, unknown>) =>
      (await api.post("/admin/membership/benefits", { plan_ids: [plan.id], ...body }, admin)).data.benefit
    const updateBenefit = async (id: string, body: Record<string, unknown>) =>
      (await api.post(`/admin/membership/benefits/${id}`, body, admin)).data.benefit
    const orderDiscount = (percentage = 10) => ({
      name: `${percentage}% off for members`,
      type: "member_discount",
      config: { percentage, scope: "order" },
    })

    const makeMember = (customerId: string) =>
      memberships().createMemberships({
        customer_id: customerId,
        plan_id: plan.id,
        status: "active",
        current_period_start: new Date(Date.now() - DAY_MS),
        current_period_end: new Date(Date.now() + 30 * DAY_MS),
      } as never)

    /** A cart in `currency` with the items, an address and the fixture's shipping option. */
    const shippedCart = async (headers: Record<string, string>, currency: string, items: CartItem[]): Promise<StoreCart> => {
      const regionId = store.regions[currency].id
      const cart = await createCart(api, { headers, regionId, items })
      return addAddressAndShipping(api, cart.id, { headers, regionId, shippingOptionId: store.shipping!.optionId })
    }
    /** `POST /store/carts/:id` with nothing to change: Medusa refreshes the cart, promotions included. */
    const touch = async (headers: Record<string, string>, cartId: string): Promise<StoreCart> =>
      (await api.post(`/store/carts/${cartId}`, {}, { headers })).data.cart
    const itemAdjustments = (cart: StoreCart, variantId: string): Adjustment[] =>
      cart.items.find((item: { variant_id: string }) => item.variant_id === variantId)?.adjustments ?? []
    const discountOn = (cart: StoreCart, variantId: string) =>
      itemAdjustments(cart, variantId).reduce((sum, adjustment) => sum + Number(adjustment.amount), 0)
    const money = (amount: number) => Math.round(amount * 100) / 100
    const payWithSystemProvider = async (headers: Record<string, string>, cart: StoreCart) => {
      const collectionId =
        cart.payment_collection?.id ??
        (await api.post("/store/payment-collections", { cart_id: cart.id }, { headers })).data.payment_collection.id
      await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(api, container)
      store = await createStoreFixture(container, {
        currencies: ["eur", "usd"],
        products: [
          { title: "Shirt", prices: { eur: 20, usd: 25 }, shipped: true },
          { title: "Book", prices: { eur: 10, usd: 12 }, shipped: true },
          { title: "Lamp", prices: { eur: 29.99, usd: 35 }, shipped: true },
        ],
        shipping: { eur: 5, usd: 6 },
        defaultSalesChannel: true,
      })
      ;[shirt, book, lamp] = store.products
      member = await registerCustomer(api, store.publishableKey, { email: "member@discounts.test" })
      shopper = await registerCustomer(api, store.publishableKey, { email: "shopper@discounts.test" })
      plan = (await api.post("/admin/membership/plans", MONTHLY, admin)).data.plan
    })

    it("gives members the order-wide discount in EUR and USD, not others, and stacks a merchant's code after it", async () => {
      const benefit = await createBenefit(orderDiscount(10))
      await makeMember(member.customerId)
      const items = [{ variant_id: shirt.variantId }, { variant_id: book.variantId }]

      for (const [currency, subtotal, shipping] of [
        ["eur", 30, 5],
        ["usd", 37, 6],
      ] as const) {
        const asMember = await shippedCart(member.headers, currency, items)
        const asShopper = await shippedCart(shopper.headers, currency, items)
        const asGuest = await shippedCart(store.store.headers, currency, items)
        expect(asMember).toMatchObject({ item_subtotal: subtotal, discount_total: money(subtotal * 0.1), total: money(subtotal * 0.9 + shipping) })
        expect(asShopper).toMatchObject({ item_subtotal: subtotal, discount_total: 0, total: subtotal + shipping })
        expect(asGuest).toMatchObject({ discount_total: 0, total: subtotal + shipping })

        const adjustments = asMember.items.flatMap((item: { adjustments: Adjustment[] }) => item.adjustments)
        expect(adjustments.map((adjustment: Adjustment) => adjustment.code)).toEqual([expect.stringMatching(/^MEMBER-/), expect.stringMatching(/^MEMBER-/)])
        const byPromotion = await benefitIdsByPromotionId(getContainer(), adjustments.map((adjustment: Adjustment) => adjustment.promotion_id))
        expect([...byPromotion.values()]).toEqual([benefit.id])
      }

      // The merchant's own 5% code applies after the member's 10% (higher value first), on what is left.
      await api.post(
        "/admin/promotions",
        {
          code: "SAVE5",
          type: "standard",
          status: "active",
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: 5 },
        },
        admin
      )
      const withCode = await shippedCart(member.headers, "eur", items)
      const { data } = await api.post(`/store/carts/${withCode.id}/promotions`, { promo_codes: ["SAVE5"] }, { headers: member.headers })
      expect(data.cart.discount_total).toBeCloseTo(3 + 27 * 0.05, 6)
      expect(itemAdjustments(data.cart, shirt.variantId).map((adjustment) => [adjustment.code.slice(0, 7), Number(adjustment.amount)])).toEqual(
        expect.arrayContaining([
          ["MEMBER-", 2],
          ["SAVE5", 0.9],
        ])
      )
      const asShopper = await shippedCart(shopper.headers, "eur", items)
      expect((await api.post(`/store/carts/${asShopper.id}/promotions`, { promo_codes: ["SAVE5"] }, { headers: shopper.headers })).data.cart.discount_total).toBeCloseTo(1.5, 6)

      // A guest's cart gains the discount when the member logs in and takes it over.
      const guestCart = await shippedCart(store.store.headers, "eur", items)
      expect(guestCart.discount_total).toBe(0)
      const { data: transferred } = await api.post(`/store/carts/${guestCart.id}/customer`, {}, { headers: member.headers })
      expect(transferred.cart.discount_total).toBe(3)
    })

    it("discounts only the lines of a category, for a tier reached by growth", async () => {
      const { data: categories } = await api.post("/admin/product-categories", { name: "Books", is_active: true }, admin)
      const category = categories.product_category
      await api.post(`/admin/product-categories/${category.id}/products`, { add: [book.id] }, admin)
      const silver = (await api.post("/admin/membership/tiers", { name: "Silver", rank: 1, threshold: 100 }, admin)).data.tier
      await createBenefit({
        name: "20% off books",
        type: "member_discount",
        config: { percentage: 20, scope: "categories", category_ids: [category.id] },
        plan_ids: [],
        tier_ids: [silver.id],
      })

      const cart = await shippedCart(shopper.headers, "eur", [{ variant_id: shirt.variantId }, { variant_id: book.variantId, quantity: 2 }])
      expect(cart.discount_total).toBe(0)

      await api.post(`/admin/membership/customers/${shopper.customerId}/growth`, { amount: 150, note: "test" }, admin)
      const silverCart = await touch(shopper.headers, cart.id)
      expect(discountOn(silverCart, book.variantId)).toBe(4)
      expect(discountOn(silverCart, shirt.variantId)).toBe(0)
      expect(silverCart.discount_total).toBe(4)
    })

    it("ships for free, with a minimum per currency on the goods", async () => {
      const benefit = await createBenefit({
        name: "Free shipping",
        type: "free_shipping",
        config: { shipping_option_ids: [store.shipping!.optionId] },
      })
      await makeMember(member.customerId)

      for (const [currency, price] of [
        ["eur", 5],
        ["usd", 6],
      ] as const) {
        const asMember = await shippedCart(member.headers, currency, [{ variant_id: shirt.variantId }])
        expect(asMember).toMatchObject({ shipping_subtotal: price, shipping_total: 0, discount_total: price })
        expect(asMember.shipping_methods[0].adjustments).toEqual([expect.objectContaining({ code: expect.stringMatching(/^MEMBER-/) })])
        expect(await shippedCart(shopper.headers, currency, [{ variant_id: shirt.variantId }])).toMatchObject({ shipping_total: price })
      }

      await updateBenefit(benefit.id, { config: { shipping_option_ids: [store.shipping!.optionId], min_subtotal: [{ currency_code: "EUR", amount: 30 }] } })
      const below = await shippedCart(member.headers, "eur", [{ variant_id: lamp.variantId }])
      expect(below).toMatchObject({ item_subtotal: 29.99, shipping_total: 5 })
      const above = await addLineItems(api, below.id, { headers: member.headers, items: [{ variant_id: book.variantId }] })
      expect(above).toMatchObject({ item_subtotal: 39.99, shipping_total: 0 })
      const at = await shippedCart(member.headers, "eur", [{ variant_id: shirt.variantId }, { variant_id: book.variantId }])
      expect(at).toMatchObject({ item_subtotal: 30, shipping_total: 0 })
      const bookLine = at.items.find((item: { variant_id: string }) => item.variant_id === book.variantId)
      const { data: removed } = await api.delete(`/store/carts/${at.id}/line-items/${bookLine.id}`, { headers: member.headers })
      expect(removed.parent).toMatchObject({ item_subtotal: 20, shipping_total: 5 })
      // USD is not listed: no free shipping in USD, whatever the amount.
      expect(await shippedCart(member.headers, "usd", [{ variant_id: lamp.variantId }, { variant_id: shirt.variantId }])).toMatchObject({
        shipping_total: 6,
      })
    })

    it("reads a member's standing once per cart change, though three hooks of the plugin ask for it", async () => {
      await createBenefit(orderDiscount(10))
      await makeMember(member.customerId)
      const cart = await shippedCart(member.headers, "eur", [{ variant_id: shirt.variantId }])
      let touched: StoreCart
      // The pricing-context hook and the promotion-context hook both need the standing, the
      // active benefits and which lines buy a plan; each is read once in one cart change.
      const reads = await statementsDuring(
        { tier: /from "customer_tier"/, benefits: /from "membership_benefit"/, plans: /from "membership_membership_plan_product_product_variant"/ },
        async () => (touched = await touch(member.headers, cart.id))
      )
      expect(reads).toEqual({ tier: 1, benefits: 1, plans: 1 })
      expect(discountOn(touched!, shirt.variantId)).toBe(2)
    })

    it("grants a plan's benefits to the cart that buys the plan, and takes them away with it", async () => {
      await createBenefit(orderDiscount(10))
      await createBenefit({ name: "Free shipping", type: "free_shipping", config: {} })

      const cart = await shippedCart(shopper.headers, "eur", [{ variant_id: shirt.variantId }])
      expect(cart).toMatchObject({ discount_total: 0, shipping_total: 5 })
      const joined = await addLineItems(api, cart.id, { headers: shopper.headers, items: [{ variant_id: plan.variant_id }] })
      expect(discountOn(joined, shirt.variantId)).toBe(2)
      expect(joined.shipping_total).toBe(0)

      const planLine = joined.items.find((item: { variant_id: string }) => item.variant_id === plan.variant_id)
      const { data } = await api.delete(`/store/carts/${cart.id}/line-items/${planLine.id}`, { headers: shopper.headers })
      expect(data.parent).toMatchObject({ discount_total: 0, shipping_total: 5 })
    })

    it("drops the discount of an expired membership or an archived benefit, and refuses to complete a stale cart", async () => {
      const benefit = await createBenefit(orderDiscount(10))
      const membership = await makeMember(member.customerId)
      const cart = await shippedCart(member.headers, "eur", [{ variant_id: shirt.variantId }])
      expect(cart.discount_total).toBe(2)
      await payWithSystemProvider(member.headers, cart)

      await memberships().updateMemberships({ id: membership.id, status: "expired", current_period_end: new Date(Date.now() - 1000) } as never)
      const refused = await completeCart(api, cart.id, member.headers)
      expect(refused).toMatchObject({ type: "invalid_data", message: expect.stringMatching(/no longer granted.*POST \/store\/carts\//) })

      const updated = await touch(member.headers, cart.id)
      expect(updated).toMatchObject({ discount_total: 0, total: 25 })
      await payWithSystemProvider(member.headers, updated)
      const completed = await completeCart(api, cart.id, member.headers)
      expect(completed).toMatchObject({ type: "order", order: { total: 25 } })

      // Archiving the benefit takes it away from a member's cart on its next update.
      await makeMember(shopper.customerId)
      const other = await shippedCart(shopper.headers, "eur", [{ variant_id: shirt.variantId }])
      expect(other.discount_total).toBe(2)
      await payWithSystemProvider(shopper.headers, other)
      await updateBenefit(benefit.id, { status: "archived" })
      expect((await completeCart(api, other.id, shopper.headers)).message).toMatch(/no longer granted/)
      expect((await touch(shopper.headers, other.id)).discount_total).toBe(0)
    })

    it("keeps a managed promotion in step with its benefit through the admin API", async () => {
      const managed = async (benefitId: string) => {
        const [promotion] = await promotions().listPromotions(
          { code: `MEMBER-${benefitId.replace(/^mbnft_/, "").toUpperCase()}` },
          { relations: ["application_method", "application_method.target_rules", "application_method.target_rules.values", "rules", "rules.values"] }
        )
        return promotion
      }
      const benefit = await createBenefit(orderDiscount(10))
      const created = await managed(benefit.id)
      expect(created).toMatchObject({
        is_automatic: true,
        status: "active",
        metadata: { managed_by: "medusa-membership", membership_benefit_id: benefit.id, name: "Membership: 10% off for members (managed by the membership plugin)" },
        application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, target_rules: [] },
        rules: [expect.objectContaining({ attribute: "membership.benefit_ids", operator: "in", values: [expect.objectContaining({ value: benefit.id })] })],
      })
      expect(await managed((await createBenefit({ name: "Badge", type: "identity", config: { label: "VIP" } })).id)).toBeUndefined()

      await updateBenefit(benefit.id, { config: { percentage: 15, scope: "collections", collection_ids: ["pcol_1", "pcol_2"] } })
      const updated = await managed(benefit.id)
      expect(updated.id).toBe(created.id)
      expect(updated.application_method).toMatchObject({
        value: 15,
        target_rules: [
          expect.objectContaining({
            attribute: "items.product.collection_id",
            values: expect.arrayContaining([expect.objectContaining({ value: "pcol_1" }), expect.objectContaining({ value: "pcol_2" })]),
          }),
        ],
      })

      await updateBenefit(benefit.id, { status: "archived" })
      expect((await managed(benefit.id)).status).toBe("inactive")
      await updateBenefit(benefit.id, { status: "active", config: { percentage: 15, scope: "order" } })
      expect(await managed(benefit.id)).toMatchObject({ status: "active", application_method: { target_rules: [] } })

      await api.delete(`/admin/membership/benefits/${benefit.id}`, admin)
      expect(await managed(benefit.id)).toBeUndefined()
      // The link outlives the deletion, so past orders' adjustments still name their benefit.
      expect((await benefitIdsByPromotionId(getContainer(), [created.id])).get(created.id)).toBe(benefit.id)
    })
  })
