import type { MedusaContainer } from "@medusajs/framework/types"
import { settled } from "./subscribers"
import type { AxiosInstance } from "axios"
import { createStoreFixture } from "./store-fixture"

/**
 * The store the membership specs sell plans in: EUR and USD regions with these payment
 * providers, and the fixture's sales channel as the store's default, where plans are published.
 */
export function createMembershipStore(container: MedusaContainer, paymentProviders = ["pp_system_default"]) {
  return createStoreFixture(container, {
    currencies: ["eur", "usd"],
    paymentProviders,
    products: [],
    defaultSalesChannel: true,
  })
}

/**
 * Captures an order's payment as a merchant does in the admin, then waits until the
 * `payment.captured` subscribers (membership activation) have run. False when the order has no
 * payment (it cost nothing).
 */
export async function captureOrderPayment(
  api: AxiosInstance,
  admin: { headers: Record<string, string> },
  container: MedusaContainer,
  orderId: string
): Promise<boolean> {
  const { data } = await api.get(`/admin/orders/${orderId}?fields=*payment_collections.payments`, admin)
  const payment = data.order.payment_collections[0]?.payments[0]
  if (!payment) {
    return false
  }
  await settled(container, "payment.captured", () => api.post(`/admin/payments/${payment.id}/capture`, {}, admin))
  return true
}
