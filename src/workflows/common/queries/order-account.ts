import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Whether an order's customer has an account (null when there is no such order): the cheap read
 * that lets a guest's order skip the reconciliations only account holders take part in.
 */
export async function orderHasAccount(container: MedusaContainer, orderId: string): Promise<boolean | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer.has_account"], filters: { id: orderId } })
  const order = data[0] as { customer?: { has_account?: boolean | null } | null } | undefined
  return order ? Boolean(order.customer?.has_account) : null
}
