import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { customerWidget } from "../components/common/customer-widget"
import { CustomerPointsCard } from "../components/points/customer-points-card"

export const config = defineWidgetConfig({ zone: "customer.details.after", id: "medusa-membership:customer-points" })

/** Customers → a customer: their points balances, ledger and adjustment. */
export default customerWidget(CustomerPointsCard)
