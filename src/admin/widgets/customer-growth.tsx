import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { WithQueryClient } from "../components/common/with-query-client"
import { CustomerGrowthCard } from "../components/growth/customer-growth-card"

type CustomerWidgetProps = { data: { id: string } }

/** Customers → a customer: their tier, growth value and growth history. */
const CustomerGrowthWidget = ({ data }: CustomerWidgetProps) => (
  <WithQueryClient>
    <CustomerGrowthCard customerId={data.id} />
  </WithQueryClient>
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "medusa-membership:customer-growth",
})

export default CustomerGrowthWidget
