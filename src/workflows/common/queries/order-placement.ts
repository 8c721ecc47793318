import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type OrderPlacement = { has_account: boolean; awaits_capture: boolean }

/**
 * What a just-placed order takes part in, in cheap reads: whether its customer has an account
 * (plans, benefits, growth and points are account holders') and whether it still awaits the
 * capture of its payment (what a membership, growth and points wait for; an order with nothing
 * to pay, e.g. a free trial, has no payment to await). Null: no such order.
 */
export async function orderPlacement(container: MedusaContainer, orderId: string): Promise<OrderPlacement | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer.has_account"], filters: { id: orderId } })
  const order = data[0] as { customer?: { has_account?: boolean | null } | null } | undefined
  if (!order?.customer?.has_account) {
    // A guest's order: its payments do not matter.
    return order ? { has_account: false, awaits_capture: true } : null
  }
  const { data: paid } = await query.graph({ entity: "order", fields: ["id", "payment_collections.payments.captured_at"], filters: { id: orderId } })
  const collections = (paid[0] as { payment_collections?: { payments?: { captured_at?: unknown }[] | null }[] | null } | undefined)?.payment_collections
  const payments = (collections ?? []).flatMap((collection) => collection?.payments ?? [])
  return { has_account: true, awaits_capture: payments.length > 0 && !payments.some((payment) => Boolean(payment?.captured_at)) }
}
