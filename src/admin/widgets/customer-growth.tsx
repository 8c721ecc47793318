import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { customerWidget } from "../components/common/customer-widget"
import { CustomerGrowthCard } from "../components/growth/customer-growth-card"

export const config = defineWidgetConfig({ zone: "customer.details.after", id: "medusa-membership:customer-growth" })

/** Customers → a customer: their tier, growth value and growth history. */
export default customerWidget(CustomerGrowthCard)
