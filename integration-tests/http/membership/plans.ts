import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { PLAN_PRODUCT_TYPE } from "../../../src/workflows/membership/utils/plan-product"
import { adminHeaders, storeHeaders } from "../../helpers/auth"
import { failure } from "../../helpers/http"

const prices = [{ currency_code: "eur", amount: 88 }]

export const plansSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("plans", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
    })

    const planCount = async () => (await api.get("/admin/membership/plans", admin)).data.count

    describe("POST /admin/membership/plans", () => {
      it("creates a plan and lists it", async () => {
        const created = await api.post(
          "/admin/membership/plans",
          { name: "PLUS Annual", description: "Member prices all year", prices },
          admin
        )
        expect(created.status).toBe(200)
        expect(created.data.plan).toMatchObject({
          id: expect.stringMatching(/^mplan_/),
          name: "PLUS Annual",
          handle: "plus-annual",
          status: "active",
        })

        const listed = await api.get("/admin/membership/plans", admin)
        expect(listed.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(listed.data.plans).toEqual([expect.objectContaining({ id: created.data.plan.id })])
      })

      it.each([
        [{ name: "", prices }, "name"],
        [{ name: "PLUS" }, "prices"],
        [{ name: "PLUS", prices: [{ currency_code: "eur", amount: 88, min_tier_rank: 2 }] }, "min_tier_rank"],
        [{ name: "PLUS", prices: [{ currency_code: "eur", amount: -1 }] }, "amount"],
        [{ name: "PLUS", prices, dunning_offsets: [3, 1] }, "dunning_offsets"],
        [{ description: "no name", prices }, "name"],
        [{ name: "PLUS", handle: "Bad Handle!", prices }, "handle"],
        [{ name: "PLUS", status: "paused", prices }, "status"],
        [{ name: "PLUS", prices: [{ currency_code: "abc", amount: 88 }] }, "currency_code"],
        [{ name: "PLUS", prices: [{ currency_code: "eur", amount: 0.30000000000000004 }] }, "prices.0.amount"],
        [{ name: "PLUS", prices: [...prices, { currency_code: "jpy", amount: 1.234 }] }, "prices.1.amount"],
        [{ name: "PLUS\u0000", prices }, "body name"],
      ])("answers %j with a 400 naming %s and writes nothing", async (body, field) => {
        const error = await failure(api.post("/admin/membership/plans", body, admin))
        expect(error.status).toBe(400)
        expect(error.data.message).toContain(field)
        expect(await planCount()).toBe(0)
      })

      it("refuses a currency the store does not sell in, naming the store's", async () => {
        const error = await failure(api.post("/admin/membership/plans", { name: "PLUS", prices: [...prices, { currency_code: "USD", amount: 99 }] }, admin))
        expect(error.status).toBe(400)
        expect(error.data.message).toBe("prices currency_code: not a currency of the store (eur): usd")
        expect(await planCount()).toBe(0)
      })

      it("refuses fields it does not know", async () => {
        const error = await failure(api.post("/admin/membership/plans", { name: "PLUS", price: 88, prices }, admin))
        expect(error.status).toBe(400)
        expect(await planCount()).toBe(0)
      })

      it("refuses a handle that is taken", async () => {
        await api.post("/admin/membership/plans", { name: "PLUS", handle: "plus", prices }, admin)
        const error = await failure(api.post("/admin/membership/plans", { name: "Other", handle: "plus", prices }, admin))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/plus.*already exists/)
        expect(await planCount()).toBe(1)
      })

      it("requires an admin", async () => {
        const error = await failure(api.post("/admin/membership/plans", { name: "PLUS", prices }))
        expect(error.status).toBe(401)
        expect(await planCount()).toBe(0)
      })
    })

    describe("POST /admin/membership/plans/:id", () => {
      it("refuses prices the store cannot charge and keeps the plan's", async () => {
        const { plan } = (await api.post("/admin/membership/plans", { name: "PLUS", prices }, admin)).data
        const refusals: [unknown, RegExp][] = [
          [[{ currency_code: "abc", amount: 88 }], /prices currency_code: not a currency of the store \(eur\): abc/],
          [[{ currency_code: "eur", amount: 0.30000000000000004 }], /prices\.0\.amount: EUR amounts have at most 2 decimals/],
          [[...prices, { currency_code: "jpy", amount: 1.234 }], /prices\.1\.amount: JPY amounts have at most 0 decimals/],
        ]
        for (const [body, message] of refusals) {
          const error = await failure(api.post(`/admin/membership/plans/${plan.id}`, { prices: body }, admin))
          expect(error.status).toBe(400)
          expect(error.data.message).toMatch(message)
        }
        const { data } = await api.get(`/admin/products/${plan.product_id}?fields=variants.prices.amount,variants.prices.currency_code`, admin)
        expect(data.product.variants[0].prices).toEqual([expect.objectContaining({ amount: 88, currency_code: "eur" })])
      })

      it("answers a NUL byte in the path with a 400", async () => {
        const error = await failure(api.post("/admin/membership/plans/mplan_%00", { name: "PLUS" }, admin))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/^the path: NUL bytes/)
      })
    })

    describe("GET /admin/membership/plans", () => {
      beforeEach(async () => {
        for (const name of ["Alpha", "Beta", "Gamma"]) {
          await api.post("/admin/membership/plans", { name, prices }, admin)
        }
      })

      it("pages through plans", async () => {
        const first = await api.get("/admin/membership/plans?limit=2&order=name", admin)
        const second = await api.get("/admin/membership/plans?limit=2&offset=2&order=name", admin)
        expect(first.data.count).toBe(3)
        expect([...first.data.plans, ...second.data.plans].map((p: { name: string }) => p.name)).toEqual(["Alpha", "Beta", "Gamma"])
      })

      it("searches and filters", async () => {
        const { data } = await api.get("/admin/membership/plans?q=gam&status=active", admin)
        expect(data.plans.map((p: { name: string }) => p.name)).toEqual(["Gamma"])
      })

      it("sorts by a plan field only: another, or a NUL byte in the query, is a 400", async () => {
        const newest = await api.get("/admin/membership/plans?order=-name", admin)
        expect(newest.data.plans.map((p: { name: string }) => p.name)).toEqual(["Gamma", "Beta", "Alpha"])
        for (const order of ["price", "name,handle", "customer.email"]) {
          const error = await failure(api.get(`/admin/membership/plans?order=${encodeURIComponent(order)}`, admin))
          expect(error.status).toBe(400)
          expect(error.data.message).toMatch(/order must be one of name, handle/)
        }
        const nul = await failure(api.get("/admin/membership/plans?q=a%00", admin))
        expect(nul.status).toBe(400)
        expect(nul.data.message).toMatch(/^query q: NUL bytes/)
      })

      it("refuses a page size above 100", async () => {
        const error = await failure(api.get("/admin/membership/plans?limit=500", admin))
        expect(error.status).toBe(400)
        expect(error.data.message).toContain("limit")
      })

      it("requires an admin", async () => {
        const error = await failure(api.get("/admin/membership/plans"))
        expect(error.status).toBe(401)
      })
    })

    describe("the plans' products", () => {
      const planTypes = async () =>
        (await api.get(`/admin/product-types?value=${encodeURIComponent(PLAN_PRODUCT_TYPE)}`, admin)).data.product_types
      const productType = async (productId: string) =>
        (await api.get(`/admin/products/${productId}?fields=type_id,type.value`, admin)).data.product

      it("are of the plan product type, made once however many plans are created at once", async () => {
        expect(await planTypes()).toEqual([])
        const created = await Promise.all(
          ["Alpha", "Beta", "Gamma", "Delta"].map((name) => api.post("/admin/membership/plans", { name, prices }, admin))
        )

        const types = await planTypes()
        expect(types).toHaveLength(1)
        for (const { data } of created) {
          expect(await productType(data.plan.product_id)).toMatchObject({ type_id: types[0].id, type: { value: PLAN_PRODUCT_TYPE } })
        }
      })

      it("get the type back when their plan is updated (a plan product made before there was one)", async () => {
        const { plan } = (await api.post("/admin/membership/plans", { name: "PLUS", prices }, admin)).data
        await api.post(`/admin/products/${plan.product_id}`, { type_id: null }, admin)
        expect(await productType(plan.product_id)).toMatchObject({ type_id: null })

        await api.post(`/admin/membership/plans/${plan.id}`, { description: "Member prices" }, admin)
        expect(await productType(plan.product_id)).toMatchObject({ type: { value: PLAN_PRODUCT_TYPE } })
        expect(await planTypes()).toHaveLength(1)
      })
    })

    describe("POST /hooks/membership/stripe without stripeWebhookSecret (the demo)", () => {
      it("answers a 404 that does not say why", async () => {
        const body = { id: "evt_1", type: "payment_method.detached", data: { object: {} } }
        const error = await failure(api.post("/hooks/membership/stripe", body, { headers: { "stripe-signature": "t=1,v1=x" } }))
        expect(error.status).toBe(404)
        expect(error.data).toEqual({ type: "not_found", message: "Not found" })
      })
    })

    describe("GET /store/membership/plans", () => {
      it("lists active plans only, without merchant fields", async () => {
        await api.post("/admin/membership/plans", { name: "PLUS", metadata: { cost: 12 }, prices }, admin)
        await api.post("/admin/membership/plans", { name: "Legacy", status: "archived", prices }, admin)

        const { data } = await api.get("/store/membership/plans", await storeHeaders(getContainer()))
        expect(data.count).toBe(1)
        expect(data.plans).toEqual([
          {
            id: expect.any(String),
            name: "PLUS",
            handle: "plus",
            description: null,
            interval: "month",
            interval_count: 1,
            trial_days: 0,
            variant_id: expect.any(String),
            price: { amount: 88, currency_code: "eur", trial: false },
          },
        ])
      })

      it("answers a 400 for a currency the store does not sell in, or an order it cannot sort by", async () => {
        await api.post("/admin/membership/plans", { name: "PLUS", prices }, admin)
        const headers = await storeHeaders(getContainer())
        const priced = await api.get("/store/membership/plans?currency_code=EUR", headers)
        expect(priced.data.plans[0].price).toMatchObject({ amount: 88, currency_code: "eur" })

        const foreign = await failure(api.get("/store/membership/plans?currency_code=zzz", headers))
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/^currency_code: the store does not sell in ZZZ/)
        const order = await failure(api.get("/store/membership/plans?order=metadata", headers))
        expect(order.status).toBe(400)
        expect(order.data.message).toMatch(/order must be one of/)
      })

      it("needs the store's publishable key", async () => {
        const error = await failure(api.get("/store/membership/plans"))
        expect(error.status).toBe(400)
      })
    })
  })
