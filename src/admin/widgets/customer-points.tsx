import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { WithQueryClient } from "../components/common/with-query-client"
import { CustomerPointsCard } from "../components/points/customer-points-card"

type CustomerWidgetProps = { data: { id: string } }

/** Customers → a customer: their points balances, ledger and adjustment. */
const CustomerPointsWidget = ({ data }: CustomerWidgetProps) => (
  <WithQueryClient>
    <CustomerPointsCard customerId={data.id} />
  </WithQueryClient>
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "medusa-membership:customer-points",
})

export default CustomerPointsWidget
