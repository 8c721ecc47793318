import { registerCustomer, type CustomerSession } from "../../helpers/customer"
import { addAddressAndShipping, completeCart, startPayment } from "../../helpers/checkout"
import { type JourneyContext, uniqueSuffix } from "./context"
import type { Currency, DemoStore } from "./demo"

export type Shopper = CustomerSession

/** A new shopper who signs up in the storefront, with an email no earlier run has used. */
export const newShopper = (ctx: JourneyContext, label: string): Promise<Shopper> =>
  registerCustomer(ctx.api, ctx.publishableKey, { email: `${label}-${uniqueSuffix()}@journeys.test` })

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StoreCart = any

/** A shopper's cart, driven as a storefront drives it, one request per step. */
export function storefrontCart(ctx: JourneyContext, demo: DemoStore, shopper: Shopper, currency: Currency) {
  const headers = shopper.headers
  const config = { headers }
  let cartId = ""
  const api = ctx.api
  return {
    get id() {
      return cartId
    },
    async create() {
      const { data } = await api.post("/store/carts", { region_id: demo.regions[currency] }, config)
      cartId = data.cart.id
      return data.cart as StoreCart
    },
    async add(variantId: string, quantity = 1) {
      return (await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, config)).data.cart as StoreCart
    },
    async addMallItem(itemId: string) {
      return (await api.post(`/store/carts/${cartId}/points-mall-items`, { item_id: itemId }, config)).data
    },
    async applyPoints(points: number | "max") {
      return (await api.post(`/store/carts/${cartId}/points`, { points }, config)).data.cart as StoreCart
    },
    async update(body: Record<string, unknown> = {}) {
      return (await api.post(`/store/carts/${cartId}`, body, config)).data.cart as StoreCart
    },
    async retrieve() {
      return (await api.get(`/store/carts/${cartId}`, config)).data.cart as StoreCart
    },
    /** Address and the standard shipping option, as the checkout's delivery step. */
    async ship() {
      return (await addAddressAndShipping(api, cartId, { headers, regionId: demo.regions[currency] })) as StoreCart
    },
    async pay() {
      return startPayment(api, cartId, { headers, providerId: "pp_system_default" })
    },
    /** Pays with the system provider and completes; the order, or a failed expectation saying why not. */
    async placeOrder() {
      await startPayment(api, cartId, { headers, providerId: "pp_system_default" })
      const completion = await completeCart(api, cartId, headers)
      expect(completion).toMatchObject({ type: "order" })
      return completion.order as StoreCart
    },
    /** Completes the cart; the body Medusa answers (`type: "order"` on success, or an error). */
    async complete() {
      return completeCart(api, cartId, headers)
    },
  }
}
