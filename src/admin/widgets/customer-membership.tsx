import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { customerWidget } from "../components/common/customer-widget"
import { CustomerMembershipCard } from "../components/memberships/customer-membership-card"

export const config = defineWidgetConfig({ zone: "customer.details.after", id: "medusa-membership:customer-membership" })

/** Customers → a customer: their membership, below the dashboard's own sections. */
export default customerWidget(CustomerMembershipCard)
