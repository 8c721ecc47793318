import type { AxiosInstance } from "axios"

type Headers = { headers: Record<string, string> }

export type CartItem = { variant_id: string; quantity?: number }

export type PaymentSession = { id: string; provider_id: string; status: string; data: Record<string, unknown> }

export type CheckoutInput = {
  /** Store request config: a customer session's, or the fixture's anonymous `store`. */
  headers: Record<string, string>
  regionId: string
  items: CartItem[]
  providerId: string
  /** The payment session's `data`, e.g. `{ setup_future_usage: "off_session" }` for Stripe. */
  paymentData?: Record<string, unknown>
  /** The storefront's client-side payment step, run before completing, e.g. confirming the intent with Stripe.js. */
  confirm?: (session: PaymentSession) => unknown
  email?: string
  /** For carts that need shipping; by default the cheapest option offered. */
  shippingOptionId?: string
  /** Completes a cart whose total is 0 (e.g. a free trial) without a payment session, which Medusa then does not require. */
  skipPaymentIfFree?: boolean
}

/** A cart or order as the store routes return it (untyped over HTTP, as `data` from axios is). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StoreData = any

export type CheckoutResult<Session = PaymentSession> = { cart: StoreData; paymentSession: Session; order: StoreData }

/** `POST /store/carts` with the items (none for an empty cart to fill with `addLineItems`). */
export async function createCart(
  api: AxiosInstance,
  { headers, regionId, items, email }: Pick<CheckoutInput, "headers" | "regionId" | "items" | "email">
) {
  const body = { region_id: regionId, items: items.map((item) => ({ quantity: 1, ...item })), ...(email && { email }) }
  const { data } = await api.post("/store/carts", body, { headers })
  return data.cart
}

/**
 * Adds items to an existing cart one at a time with `POST /store/carts/:id/line-items`, as a
 * storefront's add-to-cart does (Medusa's `addToCartWorkflow`, not the `createCartWorkflow` a
 * cart created with its items goes through). Returns the cart after the last item.
 */
export async function addLineItems(
  api: AxiosInstance,
  cartId: string,
  { headers, items }: Pick<CheckoutInput, "headers" | "items">
) {
  let cart: StoreData
  for (const item of items) {
    const { data } = await api.post(`/store/carts/${cartId}/line-items`, { quantity: 1, ...item }, { headers })
    cart = data.cart
  }
  return cart
}

/**
 * The storefront's address and delivery step: an address in the cart's region
 * (shipping and billing) and, when an item needs shipping, a shipping method.
 */
export async function addAddressAndShipping(
  api: AxiosInstance,
  cartId: string,
  { headers, regionId, shippingOptionId }: Pick<CheckoutInput, "headers" | "regionId" | "shippingOptionId">
) {
  const config: Headers = { headers }
  const { data: regionData } = await api.get(`/store/regions/${regionId}`, config)
  const address = {
    first_name: "Test",
    last_name: "Shopper",
    address_1: "1 Test Street",
    city: "Test City",
    postal_code: "12345",
    country_code: regionData.region.countries[0]?.iso_2,
  }
  const { data } = await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, config)
  if (!data.cart.items.some((item: { requires_shipping: boolean }) => item.requires_shipping)) {
    return data.cart
  }
  let optionId = shippingOptionId
  if (!optionId) {
    const { data: offered } = await api.get(`/store/shipping-options?cart_id=${cartId}`, config)
    const cheapest = [...offered.shipping_options].sort((a, b) => a.amount - b.amount)[0]
    if (!cheapest) {
      throw new Error(`no shipping option for cart ${cartId}; create the store fixture with \`shipping\` prices`)
    }
    optionId = cheapest.id
  }
  const { data: shipped } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, config)
  return shipped.cart
}

/** Creates the cart's payment collection and a session with the provider, as a storefront does. */
export async function startPayment(
  api: AxiosInstance,
  cartId: string,
  { headers, providerId, paymentData }: Pick<CheckoutInput, "headers" | "providerId" | "paymentData">
): Promise<PaymentSession> {
  const config: Headers = { headers }
  const { data: created } = await api.post("/store/payment-collections", { cart_id: cartId }, config)
  const { data } = await api.post(
    `/store/payment-collections/${created.payment_collection.id}/payment-sessions`,
    { provider_id: providerId, ...(paymentData && { data: paymentData }) },
    config
  )
  return data.payment_collection.payment_sessions.find((s: PaymentSession) => s.provider_id === providerId)
}

/**
 * `POST /store/carts/:id/complete`, whatever its status: `{ type: "order", order }`;
 * `{ type: "cart", cart, error }` for a payment Medusa could not authorize; or, with
 * a 4xx, Medusa's error `{ type, message }`.
 */
export async function completeCart(api: AxiosInstance, cartId: string, headers: Record<string, string>) {
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers, validateStatus: () => true })
  return data
}

/**
 * A whole store checkout over HTTP: cart, address and shipping, payment session,
 * the client-side payment step, completion. Returns the order; throws if Medusa
 * did not place one. With `skipPaymentIfFree`, a cart whose total is 0 is completed
 * without a payment session, and `paymentSession` is then undefined.
 */
export async function checkout(api: AxiosInstance, input: CheckoutInput & { skipPaymentIfFree?: false }): Promise<CheckoutResult>
export async function checkout(api: AxiosInstance, input: CheckoutInput): Promise<CheckoutResult<PaymentSession | undefined>>
export async function checkout(api: AxiosInstance, input: CheckoutInput): Promise<CheckoutResult<PaymentSession | undefined>> {
  const created = await createCart(api, input)
  const cart = await addAddressAndShipping(api, created.id, input)
  const free = input.skipPaymentIfFree && Number(cart.total) === 0
  const paymentSession = free ? undefined : await startPayment(api, cart.id, input)
  if (paymentSession) {
    await input.confirm?.(paymentSession)
  }
  const completion = await completeCart(api, cart.id, input.headers)
  if (completion.type !== "order") {
    const reason = completion.error?.message ?? completion.message ?? JSON.stringify(completion)
    throw new Error(`cart ${cart.id} was not completed: ${reason}`)
  }
  return { cart, paymentSession, order: completion.order }
}
