import type { JourneyContext } from "./context"

/**
 * What the merchant does in the Medusa admin, over its HTTP API: capture, refund, receive a
 * return, cancel; each waits for the subscribers of its event where the journey can see them.
 */
export function merchant(ctx: JourneyContext) {
  const { api, admin } = ctx
  const order = async (orderId: string, fields = "id,status,total,*items,*payment_collections.payments") =>
    (await api.get(`/admin/orders/${orderId}?fields=${fields}`, admin)).data.order
  const paymentOf = async (orderId: string) => (await order(orderId)).payment_collections[0].payments[0]

  return {
    order,
    async capture(orderId: string) {
      const payment = await paymentOf(orderId)
      await ctx.settled("payment.captured", () => api.post(`/admin/payments/${payment.id}/capture`, {}, admin))
    },
    async refund(orderId: string, amount: number) {
      const payment = await paymentOf(orderId)
      await ctx.settled("payment.refunded", () => api.post(`/admin/payments/${payment.id}/refund`, { amount }, admin))
    },
    async cancel(orderId: string) {
      await ctx.settled("order.canceled", () => api.post(`/admin/orders/${orderId}/cancel`, {}, admin))
    },
    /**
     * Fulfills the order, then requests and receives a return of `quantity` of one line, as the
     * admin's "Request return" and "Receive" do.
     */
    async returnLine(orderId: string, itemId: string, quantity: number) {
      const placed = await order(orderId, "id,*items,*shipping_methods")
      await api.post(
        `/admin/orders/${orderId}/fulfillments`,
        { items: placed.items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: item.quantity })) },
        admin
      )
      const { data: requested } = await api.post("/admin/returns", { order_id: orderId }, admin)
      const returnId = requested.return.id
      await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity }] }, admin)
      await api.post(`/admin/returns/${returnId}/request`, {}, admin)
      await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity }] }, admin)
      await ctx.settled("order.return_received", () => api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin))
    },
    /** The customer's growth view (tier, totals and the ledger, newest first). */
    async growth(customerId: string) {
      return (await api.get(`/admin/membership/customers/${customerId}/growth?limit=100`, admin)).data
    },
    /** The customer's points balances and ledger (newest first). */
    async points(customerId: string) {
      return (await api.get(`/admin/points/customers/${customerId}?limit=100`, admin)).data
    },
    async benefitUsages(filters: { customer_id?: string; order_id?: string }) {
      const query = new URLSearchParams({ limit: "100", ...filters }).toString()
      return (await api.get(`/admin/membership/benefit-usages?${query}`, admin)).data.benefit_usages
    },
    async mallRedemptions(customerId: string) {
      return (await api.get(`/admin/points/mall/redemptions?customer_id=${customerId}&limit=100`, admin)).data.redemptions
    },
    async mallItem(itemId: string) {
      return (await api.get(`/admin/points/mall/items/${itemId}`, admin)).data.item
    },
    async adjustPoints(customerId: string, points: number, reason = "journey") {
      return (await api.post(`/admin/points/customers/${customerId}/adjust`, { points, reason }, admin)).data
    },
    async memberships(customerId: string) {
      return (await api.get(`/admin/membership/memberships?customer_id=${customerId}`, admin)).data.memberships
    },
  }
}
export type Merchant = ReturnType<typeof merchant>
