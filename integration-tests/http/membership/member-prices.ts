import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { adminHeaders } from "../../helpers/auth"
import { addAddressAndShipping, addLineItems, completeCart, createCart, startPayment } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { createStoreFixture, type FixtureProduct, type StoreFixture } from "../../helpers/store-fixture"

const DAY_MS = 86_400_000

type Line = { id: string; variant_id: string; unit_price: number; quantity: number }
type MemberPriceRow = { variant_id: string; benefit_id: string; currency_code: string; amount: number | null }

export const memberPricesSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("member prices", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let shirt: FixtureProduct
    let mug: FixtureProduct
    let plus: { id: string; variant_id: string }
    let gold: { id: string }
    let plusPrices: { id: string }
    let goldPrices: { id: string }
    let member: CustomerSession
    let shopper: CustomerSession

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const setMemberPrices = async (prices: MemberPriceRow[], productId = shirt.id) =>
      (await api.post("/admin/membership/member-prices", { product_id: productId, prices }, admin)).data
    const createBenefit = async (body: Record<string, unknown>) =>
      (await api.post("/admin/membership/benefits", { config: {}, ...body }, admin)).data.benefit
    const joinPlus = (customerId: string) =>
      memberships().createMemberships({
        customer_id: customerId,
        plan_id: plus.id,
        status: "active",
        current_period_start: new Date(Date.now() - DAY_MS),
        current_period_end: new Date(Date.now() + 30 * DAY_MS),
      } as never)

    const cartWith = async (headers: Record<string, string>, currency: "eur" | "usd", variantIds: string[]) => {
      const cart = await createCart(api, { headers, regionId: store.regions[currency].id, items: [] })
      return addLineItems(api, cart.id, { headers, items: variantIds.map((variant_id) => ({ variant_id })) })
    }
    const priceOf = (cart: { items: Line[] }, variantId: string) =>
      Number(cart.items.find((item) => item.variant_id === variantId)?.unit_price)
    const getCart = async (id: string, headers: Record<string, string>) => (await api.get(`/store/carts/${id}`, { headers })).data.cart

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(api, container)
      store = await createStoreFixture(container, {
        currencies: ["eur", "usd"],
        products: [
          { title: "Shirt", prices: { eur: 20, usd: 25 } },
          { title: "Mug", prices: { eur: 10, usd: 12 } },
        ],
        defaultSalesChannel: true,
      })
      ;[shirt, mug] = store.products
      plus = (
        await api.post(
          "/admin/membership/plans",
          { name: "PLUS", interval: "year", prices: [{ currency_code: "eur", amount: 30 }, { currency_code: "usd", amount: 35 }] },
          admin
        )
      ).data.plan
      gold = (await api.post("/admin/membership/tiers", { name: "Gold", rank: 1, threshold: 100 }, admin)).data.tier
      plusPrices = await createBenefit({ name: "PLUS prices", type: "member_price", plan_ids: [plus.id] })
      goldPrices = await createBenefit({ name: "Gold prices", type: "member_price", tier_ids: [gold.id] })
      member = await registerCustomer(api, store.publishableKey, { email: "member@prices.test" })
      shopper = await registerCustomer(api, store.publishableKey, { email: "shopper@prices.test" })
    })

    it("charges a member the member price and a non-member or guest the regular one, in EUR and USD", async () => {
      await setMemberPrices([
        { variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 },
        { variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "usd", amount: 19.5 },
      ])
      await joinPlus(member.customerId)

      for (const [currency, memberPrice, regular] of [["eur", 16, 20], ["usd", 19.5, 25]] as const) {
        const ofMember = await cartWith(member.headers, currency, [shirt.variantId, mug.variantId])
        const ofShopper = await cartWith(shopper.headers, currency, [shirt.variantId, mug.variantId])
        const ofGuest = await cartWith(store.store.headers, currency, [shirt.variantId, mug.variantId])
        expect([priceOf(ofMember, shirt.variantId), priceOf(ofShopper, shirt.variantId), priceOf(ofGuest, shirt.variantId)]).toEqual([
          memberPrice,
          regular,
          regular,
        ])
        // Without a member price the member pays the regular price.
        expect(priceOf(ofMember, mug.variantId)).toBe(currency === "eur" ? 10 : 12)
        expect(Number(ofMember.total)).toBe(memberPrice + (currency === "eur" ? 10 : 12))
      }
    })

    it("gives the best member price when a plan's and a tier's are both eligible", async () => {
      await setMemberPrices([
        { variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 },
        { variant_id: shirt.variantId, benefit_id: goldPrices.id, currency_code: "eur", amount: 15 },
      ])
      await setMemberPrices(
        [
          { variant_id: mug.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 8 },
          { variant_id: mug.variantId, benefit_id: goldPrices.id, currency_code: "eur", amount: 9 },
        ],
        mug.id
      )
      await joinPlus(member.customerId)
      await api.post(`/admin/membership/customers/${member.customerId}/growth`, { amount: 150, note: "test" }, admin)

      const cart = await cartWith(member.headers, "eur", [shirt.variantId, mug.variantId])
      expect([priceOf(cart, shirt.variantId), priceOf(cart, mug.variantId)]).toEqual([15, 8])
    })

    it("re-prices the lines in the cart when a plan is added, and back when it is removed, before promotions", async () => {
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 }])
      // An automatic 10% off: Medusa computes it after the hook has re-priced the lines.
      await api.post(
        "/admin/promotions",
        {
          code: "AUTO10",
          type: "standard",
          status: "active",
          is_automatic: true,
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10 },
        },
        admin
      )
      const shirtDiscount = (cart: { items: (Line & { adjustments?: { amount: number }[] })[] }) =>
        (cart.items.find((item) => item.variant_id === shirt.variantId)?.adjustments ?? []).reduce((sum, a) => sum + Number(a.amount), 0)
      const cart = await cartWith(shopper.headers, "eur", [shirt.variantId])
      expect(priceOf(cart, shirt.variantId)).toBe(20)
      expect(shirtDiscount(cart)).toBeCloseTo(2, 6)

      // Join and save now: the plan in the cart grants its member prices to the lines already there.
      const joined = await addLineItems(api, cart.id, { headers: shopper.headers, items: [{ variant_id: plus.variant_id }] })
      expect(priceOf(joined, shirt.variantId)).toBe(16)
      expect(Number(joined.item_subtotal)).toBe(16 + 30)
      expect(shirtDiscount(joined)).toBeCloseTo(1.6, 6)

      // A line added afterwards is priced for the standing too.
      const more = await addLineItems(api, cart.id, { headers: shopper.headers, items: [{ variant_id: shirt.variantId }] })
      expect(more.items.find((item: Line) => item.variant_id === shirt.variantId)).toMatchObject({ quantity: 2, unit_price: 16 })

      const planLine = joined.items.find((item: Line) => item.variant_id === plus.variant_id)
      const { data } = await api.delete(`/store/carts/${cart.id}/line-items/${planLine.id}`, { headers: shopper.headers })
      const reverted = data.parent ?? (await getCart(cart.id, shopper.headers))
      expect(priceOf(reverted, shirt.variantId)).toBe(20)
      expect(Number(reverted.item_subtotal)).toBe(40)
      expect(shirtDiscount(reverted)).toBeCloseTo(4, 6)
    })

    it("drops the member price when the membership expires, on the next cart update, and refuses the stale cart at completion", async () => {
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 }])
      await setMemberPrices([{ variant_id: mug.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 8 }], mug.id)
      const membership = await joinPlus(member.customerId)
      const headers = member.headers
      const cart = await cartWith(headers, "eur", [shirt.variantId, mug.variantId])
      expect(Number(cart.total)).toBe(24)
      await addAddressAndShipping(api, cart.id, { headers, regionId: store.regions.eur.id })
      await startPayment(api, cart.id, { headers, providerId: "pp_system_default" })

      await memberships().updateMemberships({ id: membership.id, status: "expired", current_period_end: new Date(Date.now() - 1000) } as never)
      const refused = await completeCart(api, cart.id, headers)
      expect(refused).toMatchObject({ type: "invalid_data", message: expect.stringMatching(/member price of "Shirt" no longer applies/) })
      expect(refused.message).toContain(`POST /store/carts/${cart.id}`)

      // Updating the cart re-prices it; then it completes at the regular prices.
      const { data: updated } = await api.post(`/store/carts/${cart.id}`, { email: "member@prices.test" }, { headers })
      expect([priceOf(updated.cart, shirt.variantId), priceOf(updated.cart, mug.variantId)]).toEqual([20, 10])
      await startPayment(api, cart.id, { headers, providerId: "pp_system_default" })
      const completed = await completeCart(api, cart.id, headers)
      expect(completed.type).toBe("order")
      expect(Number(completed.order.total)).toBe(30)
    })

    it("completes a join-and-save cart at the member price, and gives a guest's cart member prices once a member takes it over", async () => {
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 }])
      const headers = shopper.headers
      const cart = await cartWith(headers, "eur", [shirt.variantId, plus.variant_id])
      await addAddressAndShipping(api, cart.id, { headers, regionId: store.regions.eur.id })
      await startPayment(api, cart.id, { headers, providerId: "pp_system_default" })
      const completed = await completeCart(api, cart.id, headers)
      expect(completed.type).toBe("order")
      expect(Number(completed.order.item_subtotal)).toBe(16 + 30)

      await joinPlus(member.customerId)
      const guestCart = await cartWith(store.store.headers, "eur", [shirt.variantId])
      expect(priceOf(guestCart, shirt.variantId)).toBe(20)
      const { data } = await api.post(`/store/carts/${guestCart.id}/customer`, {}, { headers: member.headers })
      expect(priceOf(data.cart, shirt.variantId)).toBe(16)
    })

    it("does not let a guest take a member's prices by giving the member's email to a cart", async () => {
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 }])
      await joinPlus(member.customerId)
      const guest = store.store.headers
      const attempt = (request: Promise<{ data: { cart: { customer_id?: string; items: Line[] } } }>) =>
        request.then(
          ({ data }) => ({ status: 200, customer_id: data.cart.customer_id, price: priceOf(data.cart, shirt.variantId) }),
          (error) => ({ status: error.response.status, customer_id: undefined, price: undefined })
        )
      // Medusa binds a cart given an account's email to that account, whoever asks.
      const created = await attempt(
        api.post(
          "/store/carts",
          { region_id: store.regions.eur.id, email: "Member@Prices.test", items: [{ variant_id: shirt.variantId, quantity: 1 }] },
          { headers: guest }
        )
      )
      expect(created).toEqual({ status: 401, customer_id: undefined, price: undefined })

      const cart = await cartWith(guest, "eur", [shirt.variantId])
      const updated = await attempt(api.post(`/store/carts/${cart.id}`, { email: "member@prices.test" }, { headers: guest }))
      expect(updated).toEqual({ status: 401, customer_id: undefined, price: undefined })
      expect(priceOf(await getCart(cart.id, guest), shirt.variantId)).toBe(20)

      // The member, signed in, still may; and a guest's own email is a guest checkout as before.
      const own = await attempt(api.post(`/store/carts/${cart.id}`, { email: "guest@prices.test" }, { headers: guest }))
      expect(own).toMatchObject({ status: 200, price: 20 })
      const signedIn = await attempt(
        api.post("/store/carts", { region_id: store.regions.eur.id, email: "member@prices.test", items: [{ variant_id: shirt.variantId, quantity: 1 }] }, { headers: member.headers })
      )
      expect(signedIn).toEqual({ status: 200, customer_id: member.customerId, price: 16 })
    })

    it("keeps member prices when Medusa's product batch route replaces a variant's prices, and does not show them there", async () => {
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 }])
      const before = (await api.get(`/admin/membership/member-prices?product_id=${shirt.id}`, admin)).data
      const { data: product } = await api.get(`/admin/products/${shirt.id}?fields=*variants.prices`, admin)
      const prices = (product.product.variants[0].prices as { id: string; currency_code: string; amount: number }[]).map(
        ({ id, currency_code, amount }) => ({ id, currency_code, amount: currency_code === "eur" ? 21 : amount })
      )
      const { data: batch } = await api.post(
        "/admin/products/batch?fields=*variants.prices",
        { update: [{ id: shirt.id, variants: [{ id: shirt.variantId, prices }] }] },
        admin
      )
      expect(batch.updated[0].variants[0].prices).toHaveLength(2)
      const after = (await api.get(`/admin/membership/member-prices?product_id=${shirt.id}`, admin)).data
      expect(after.variants[0].member_prices).toEqual(before.variants[0].member_prices)
      expect(after.variants[0].prices).toEqual(expect.arrayContaining([expect.objectContaining({ currency_code: "eur", amount: 21 })]))
    })

    it("re-prices a line whose member price was deleted with its benefit, on the next cart update", async () => {
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 }])
      await joinPlus(member.customerId)
      const cart = await cartWith(member.headers, "eur", [shirt.variantId])
      expect(priceOf(cart, shirt.variantId)).toBe(16)

      await api.delete(`/admin/membership/benefits/${plusPrices.id}`, admin)
      const updated = (await api.post(`/store/carts/${cart.id}`, {}, { headers: member.headers })).data.cart
      expect(priceOf(updated, shirt.variantId)).toBe(20)
    })

    it("re-prices the other lines when a line is updated", async () => {
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 }])
      const cart = await cartWith(member.headers, "eur", [shirt.variantId, mug.variantId])
      expect(priceOf(cart, shirt.variantId)).toBe(20)

      await joinPlus(member.customerId)
      const mugLine = cart.items.find((item: Line) => item.variant_id === mug.variantId)
      const { data } = await api.post(`/store/carts/${cart.id}/line-items/${mugLine.id}`, { quantity: 2 }, { headers: member.headers })
      expect(priceOf(data.cart, shirt.variantId)).toBe(16)
      expect(Number(data.cart.total)).toBe(16 + 20)
    })

    it("re-prices a cart only when the shopper's pricing context changed since it was last priced", async () => {
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 }])
      const membership = await joinPlus(member.customerId)
      const cart = await cartWith(member.headers, "eur", [shirt.variantId])
      expect(priceOf(cart, shirt.variantId)).toBe(16)
      // The cart records the context its lines were priced under; a guest's records none (the empty context).
      const [recorded] = await memberships().listCartPricings({ cart_id: cart.id })
      expect(recorded.context_key).toContain(plusPrices.id)
      const guestCart = await cartWith(store.store.headers, "eur", [shirt.variantId])
      expect(await memberships().listCartPricings({ cart_id: guestCart.id })).toEqual([])

      // A member price edited while a cart holds the line reaches it as any Medusa price change does: not while the context stays…
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 15 }])
      const unchanged = (await api.post(`/store/carts/${cart.id}`, {}, { headers: member.headers })).data.cart
      expect(priceOf(unchanged, shirt.variantId)).toBe(16)
      // …and once it changes (the membership ended), the lines take the price they have now.
      await memberships().updateMemberships({ id: membership.id, status: "expired", current_period_end: new Date(Date.now() - 1000) } as never)
      const lapsed = (await api.post(`/store/carts/${cart.id}`, {}, { headers: member.headers })).data.cart
      expect(priceOf(lapsed, shirt.variantId)).toBe(20)
      const [now] = await memberships().listCartPricings({ cart_id: cart.id })
      expect(now.context_key).not.toContain(plusPrices.id)
    })

    it("lets the admin read and set a product's member prices, and refuses what does not fit", async () => {
      const archived = await createBenefit({ name: "Old prices", type: "member_price", status: "archived" })
      const discount = await createBenefit({ name: "10% off", type: "member_discount", config: { percentage: 10, scope: "order" } })

      const empty = (await api.get(`/admin/membership/member-prices?product_id=${shirt.id}`, admin)).data
      expect(empty).toEqual({
        product_id: shirt.id,
        currencies: ["eur", "usd"],
        benefits: expect.arrayContaining([
          { id: plusPrices.id, name: "PLUS prices", status: "active", plan_ids: [plus.id], tier_ids: [] },
          { id: goldPrices.id, name: "Gold prices", status: "active", plan_ids: [], tier_ids: [gold.id] },
          { id: archived.id, name: "Old prices", status: "archived", plan_ids: [], tier_ids: [] },
        ]),
        variants: [
          {
            id: shirt.variantId,
            title: "Shirt",
            sku: null,
            prices: [
              { currency_code: "eur", amount: 20 },
              { currency_code: "usd", amount: 25 },
            ],
            member_prices: [],
          },
        ],
      })
      expect(empty.benefits).toHaveLength(3)

      const saved = await setMemberPrices([
        { variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "EUR", amount: 16.5 },
        { variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "usd", amount: 20 },
        { variant_id: shirt.variantId, benefit_id: goldPrices.id, currency_code: "eur", amount: 0 },
      ])
      const byKey = (prices: { benefit_id: string; currency_code: string; amount: number }[]) =>
        Object.fromEntries(prices.map((price) => [`${price.benefit_id === plusPrices.id ? "plus" : "gold"}:${price.currency_code}`, price.amount]))
      expect(byKey(saved.variants[0].member_prices)).toEqual({ "plus:eur": 16.5, "plus:usd": 20, "gold:eur": 0 })
      expect(saved.variants[0].prices).toEqual(empty.variants[0].prices)

      const changed = await setMemberPrices([
        { variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 17 },
        { variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "usd", amount: null },
        { variant_id: shirt.variantId, benefit_id: goldPrices.id, currency_code: "eur", amount: 0 },
      ])
      expect(byKey(changed.variants[0].member_prices)).toEqual({ "plus:eur": 17, "gold:eur": 0 })
      expect((await api.get(`/admin/membership/member-prices?product_id=${shirt.id}`, admin)).data).toEqual(changed)
      // Medusa's product API (and so its admin price grid) shows only the regular prices, and saving
      // a variant's prices there, which replaces its price list, keeps the member prices.
      const { data: product } = await api.get(`/admin/products/${shirt.id}?fields=*variants.prices`, admin)
      const regular = product.product.variants[0].prices as { id: string; currency_code: string; amount: number }[]
      expect(regular.map((price) => [price.currency_code, price.amount]).sort()).toEqual([["eur", 20], ["usd", 25]])
      const grid = (eur: number) => regular.map((price) => ({ id: price.id, currency_code: price.currency_code, amount: price.currency_code === "eur" ? eur : price.amount }))
      const { data: batch } = await api.post(`/admin/products/${shirt.id}/variants/batch`, { update: [{ id: shirt.variantId, prices: grid(21) }] }, admin)
      expect(batch.updated[0].prices).toHaveLength(2)
      await api.post(`/admin/products/${shirt.id}/variants/${shirt.variantId}`, { prices: grid(22) }, admin)
      await api.post(`/admin/products/${shirt.id}`, { variants: [{ id: shirt.variantId, prices: grid(20) }] }, admin)
      const afterGrid = (await api.get(`/admin/membership/member-prices?product_id=${shirt.id}`, admin)).data
      expect(afterGrid).toEqual(changed)

      const row = (extra: Partial<MemberPriceRow>) => ({
        variant_id: shirt.variantId,
        benefit_id: plusPrices.id,
        currency_code: "eur",
        amount: 5,
        ...extra,
      })
      const refusals = await Promise.all(
        [
          [row({ variant_id: mug.variantId })],
          [row({ benefit_id: "mbnft_missing" })],
          [row({ benefit_id: discount.id })],
          [row({ currency_code: "gbp" })],
          [row({ amount: 1.234 })],
          [row({ amount: -1 })],
          [row({}), row({ amount: 6 })],
          // 1000 rows fit in a request (and are then checked); 1001 do not.
          Array.from({ length: 1000 }, () => row({})),
          Array.from({ length: 1001 }, () => row({})),
        ].map((prices) => failure(api.post("/admin/membership/member-prices", { product_id: shirt.id, prices }, admin)))
      )
      expect(refusals.map((refusal) => refusal.status)).toEqual(Array(9).fill(400))
      expect(refusals.map((refusal) => refusal.data.message)).toEqual([
        `Not variants of product ${shirt.id}: ${mug.variantId}`,
        "Unknown benefit ids: mbnft_missing",
        `Not member_price benefits: ${discount.id}`,
        "Not a currency of the store (eur, usd): gbp",
        expect.stringMatching(/EUR amounts have at most 2 decimals/),
        expect.stringMatching(/amount/),
        expect.stringMatching(/repeats variant .*, EUR/),
        expect.stringMatching(/repeats variant/),
        expect.stringMatching(/prices/),
      ])
      const { data: planView } = await api.get(`/admin/membership/plans/${plus.id}`, admin)
      const onPlan = await failure(
        api.post(
          "/admin/membership/member-prices",
          { product_id: planView.plan.product_id, prices: [row({ variant_id: plus.variant_id })] },
          admin
        )
      )
      expect(onPlan).toMatchObject({ status: 400, data: { message: expect.stringMatching(/priced by its plan/) } })
      expect((await failure(api.get("/admin/membership/member-prices?product_id=prod_missing", admin))).status).toBe(404)
      expect((await failure(api.get("/admin/membership/member-prices", admin))).status).toBe(400)
      expect((await api.get(`/admin/membership/member-prices?product_id=${shirt.id}`, admin)).data).toEqual(changed)

      // Deleting a member_price benefit removes its prices.
      await api.delete(`/admin/membership/benefits/${plusPrices.id}`, admin)
      const afterDelete = (await api.get(`/admin/membership/member-prices?product_id=${shirt.id}`, admin)).data
      expect(afterDelete.variants[0].member_prices).toEqual([{ benefit_id: goldPrices.id, currency_code: "eur", amount: 0 }])
    })

    it("tells the shopper their price, the regular price and what joining a plan would save", async () => {
      await setMemberPrices([
        { variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 },
        { variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "usd", amount: 19.99 },
      ])
      // A plan without member prices saves nothing and is not offered.
      await api.post("/admin/membership/plans", { name: "Basic", interval: "month", prices: [{ currency_code: "eur", amount: 1 }] }, admin)
      const prices = async (headers: Record<string, string>, currency: "eur" | "usd") =>
        (
          await api.get(`/store/membership/prices?region_id=${store.regions[currency].id}&variant_ids=${shirt.variantId},${mug.variantId}`, {
            headers,
          })
        ).data

      expect(await prices(store.store.headers, "eur")).toEqual({
        region_id: store.regions.eur.id,
        currency_code: "eur",
        variants: [
          { variant_id: shirt.variantId, price: 20, regular_price: 20, plans: [{ plan_id: plus.id, plan_name: "PLUS", price: 16, saving: 4 }] },
          { variant_id: mug.variantId, price: 10, regular_price: 10, plans: [] },
        ],
      })
      expect((await prices(shopper.headers, "usd")).variants[0]).toEqual({
        variant_id: shirt.variantId,
        price: 25,
        regular_price: 25,
        plans: [{ plan_id: plus.id, plan_name: "PLUS", price: 19.99, saving: 5.01 }],
      })

      await joinPlus(member.customerId)
      expect((await prices(member.headers, "eur")).variants[0]).toEqual({ variant_id: shirt.variantId, price: 16, regular_price: 20, plans: [] })
      expect((await failure(api.get(`/store/membership/prices?region_id=${store.regions.eur.id}`, { headers: store.store.headers }))).status).toBe(400)
    })

    it("shows a member their member price in /store/products and /store/product-variants, and nobody else", async () => {
      await setMemberPrices([{ variant_id: shirt.variantId, benefit_id: plusPrices.id, currency_code: "eur", amount: 16 }])
      await joinPlus(member.customerId)
      const shown = async (headers: Record<string, string>) => {
        const query = `region_id=${store.regions.eur.id}&fields=*variants.calculated_price`
        const { data: list } = await api.get(`/store/products?${query}`, { headers })
        const { data: one } = await api.get(`/store/products/${shirt.id}?${query}`, { headers })
        const { data: variant } = await api.get(
          `/store/product-variants/${shirt.variantId}?region_id=${store.regions.eur.id}&fields=*calculated_price`,
          { headers }
        )
        const fromList = list.products.find((product: { id: string }) => product.id === shirt.id)
        return [
          fromList.variants[0].calculated_price.calculated_amount,
          one.product.variants[0].calculated_price.calculated_amount,
          variant.variant.calculated_price.calculated_amount,
        ]
      }
      expect(await shown(member.headers)).toEqual([16, 16, 16])
      expect(await shown(shopper.headers)).toEqual([20, 20, 20])
      expect(await shown(store.store.headers)).toEqual([20, 20, 20])
    })
  })
