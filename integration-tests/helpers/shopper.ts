import type { AxiosInstance } from "axios"

export type Headers = { headers: Record<string, string> }

/** Registers a shopper account through the store API and returns their authenticated store headers. */
export async function registerShopper(api: AxiosInstance, publishableKey: string, email: string): Promise<Headers> {
  const password = "shopper-password"
  const key = { "x-publishable-api-key": publishableKey }
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post(
    "/store/customers",
    { email, first_name: "Test", last_name: "Shopper" },
    { headers: { ...key, authorization: `Bearer ${registered.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return { headers: { ...key, authorization: `Bearer ${login.token}` } }
}

export type CartItem = { variant_id: string; quantity: number }

/** Creates a cart in a region for the signed-in shopper (or a guest, given only the publishable key). */
export async function createCart(api: AxiosInstance, shopper: Headers, regionId: string) {
  const signedIn = Boolean(shopper.headers.authorization)
  const body = signedIn ? { region_id: regionId } : { region_id: regionId, email: "guest@example.com" }
  const { data } = await api.post("/store/carts", body, shopper)
  return data.cart as { id: string; total: number; items: unknown[] }
}

export async function addItems(api: AxiosInstance, shopper: Headers, cartId: string, items: CartItem[]) {
  let cart
  for (const item of items) {
    ;({ data: { cart } } = await api.post(`/store/carts/${cartId}/line-items`, item, shopper))
  }
  return cart
}

/**
 * Pays and completes a cart: picks the first shipping option when an item needs shipping,
 * opens a payment session with the provider and completes the cart. Returns the order.
 */
export async function payAndComplete(api: AxiosInstance, shopper: Headers, cartId: string, providerId = "pp_system_default") {
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, shopper)
  const { data: current } = await api.get(`/store/carts/${cartId}?fields=*items`, shopper)
  if (current.cart.items.some((item: { requires_shipping: boolean }) => item.requires_shipping)) {
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, shopper)
  }
  const { data: refreshed } = await api.get(`/store/carts/${cartId}`, shopper)
  if (Number(refreshed.cart.total) > 0) {
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, shopper)
    await api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: providerId },
      shopper
    )
  }
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shopper)
  if (data.type !== "order") {
    throw new Error(`Cart ${cartId} did not complete: ${JSON.stringify(data.error ?? data)}`)
  }
  return data.order as { id: string; total: number; payment_collections?: { payments: { id: string }[] }[] }
}

/** Completes a checkout of these items for the shopper and returns the order. */
export async function checkout(api: AxiosInstance, shopper: Headers, regionId: string, items: CartItem[], providerId?: string) {
  const cart = await createCart(api, shopper, regionId)
  await addItems(api, shopper, cart.id, items)
  return payAndComplete(api, shopper, cart.id, providerId)
}
