import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import MembershipModule from "../modules/membership"

/** A membership's customer, joined on `membership.customer_id` (no link table). */
export default defineLink(
  { linkable: MembershipModule.linkable.membership, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
