/* eslint-disable */
import { demoJourneys } from "./support/harness"
import { newShopper } from "./support/shopper"
import { merchant } from "./support/merchant"
import { addAddressAndShipping, completeCart, startPayment } from "../helpers/checkout"

jest.mock("../../medusa-config", () => jest.requireActual("../medusa-config"))
jest.setTimeout(600_000)

const pg = require("pg")
let count = 0
const original = pg.Client.prototype.query
pg.Client.prototype.query = function (...args: any[]) {
  count++
  if (process.env.LOG_SQL) {
    const text = typeof args[0] === "string" ? args[0] : args[0]?.text ?? ""
    const stack = (new Error().stack ?? "").split("\n").filter((l) => l.includes("/work/main/src/")).map((l) => l.trim().replace(/\(.*\/src\//, "(").replace(/^at (async )?/, "")).slice(0, 3).join(" < ")
    ;(global as any).__sql.push((stack || "-") + " | " + text.slice(0, 120).replace(/\s+/g, " "))
  }
  return original.apply(this, args)
}
;(global as any).__sql = []

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
async function settle() {
  let last = -1
  while (last !== count) {
    last = count
    await sleep(400)
  }
}

demoJourneys((journey) => {
  it("counts", async () => {
    const { ctx, demo } = journey()
    const api = ctx.api
    const guestHeaders = { "x-publishable-api-key": ctx.publishableKey }
    const nonMember = await newShopper(ctx, "nm")
    const member = await newShopper(ctx, "mem")
    // make member: buy plus annual and capture
    {
      const h = member.headers
      const { data } = await api.post("/store/carts", { region_id: demo.regions.eur }, { headers: h })
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: demo.plans["plus-annual"].variantId, quantity: 1 }, { headers: h })
      await addAddressAndShipping(api, data.cart.id, { headers: h, regionId: demo.regions.eur })
      await startPayment(api, data.cart.id, { headers: h, providerId: "pp_system_default" })
      const done = await completeCart(api, data.cart.id, h)
      await merchant(ctx).capture(done.order.id)
    }
    await settle()
    const results: Record<string, Record<string, number[]>> = {}
    for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
      for (const [who, headers] of [["guest", guestHeaders], ["nonmember", nonMember.headers], ["member", member.headers]] as const) {
        const r = (results[who] ??= {})
        const step = async (name: string, fn: () => Promise<any>) => {
          await settle()
          ;(global as any).__sql = []
          const before = count
          const t = Date.now()
          const out = await fn()
          const ms = Date.now() - t
          if (name === "complete") await settle()
          ;(r[name] ??= []).push(count - before)
          ;(r[name + " ms"] ??= []).push(ms)
          if (process.env.LOG_SQL && round === 0) require("fs").writeFileSync(`/tmp/sql-${who}-${name}.txt`, (global as any).__sql.join("\n"))
          return out
        }
        const cfg = { headers }
        const cart = await step("create", () => api.post("/store/carts", { region_id: demo.regions.eur }, cfg))
        const id = cart.data.cart.id
        await step("add", () => api.post(`/store/carts/${id}/line-items`, { variant_id: demo.variants["organic-coffee-beans"], quantity: 1 }, cfg))
        const address = { first_name: "T", last_name: "S", address_1: "1 St", city: "C", postal_code: "1", country_code: "de" }
        await step("address", () => api.post(`/store/carts/${id}`, { email: "g@x.test", shipping_address: address, billing_address: address }, cfg))
        const opts = await step("options", () => api.get(`/store/shipping-options?cart_id=${id}`, cfg))
        const opt = [...opts.data.shipping_options].sort((a: any, b: any) => a.amount - b.amount)[0]
        await step("shipping", () => api.post(`/store/carts/${id}/shipping-methods`, { option_id: opt.id }, cfg))
        await step("payment", () => startPayment(api, id, { headers, providerId: "pp_system_default" }))
        const done = await step("complete", () => completeCart(api, id, headers))
        expect(done.type).toBe("order")
      }
    }
    const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
    const lines = Object.entries(results).map(([who, r]) => `${who}: ` + Object.entries(r).map(([k, v]) => `${k}=${med(v)}`).join(" "))
    console.log("COUNTS\n" + lines.join("\n"))
    require("fs").writeFileSync("/tmp/counts.txt", lines.join("\n") + "\n")
  })
})
