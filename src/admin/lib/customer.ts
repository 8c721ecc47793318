import type { Membership } from "../../types/http"

/** "Ada Lovelace", or "" when the customer has no name. */
export const customerName = (customer: Membership["customer"]) =>
  [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")

/** The customer's email, or their id when the customer record is gone. */
export const customerEmail = (membership: Pick<Membership, "customer" | "customer_id">) =>
  membership.customer?.email ?? membership.customer_id
