import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { WithQueryClient } from "../components/common/with-query-client"
import { CustomerMembershipCard } from "../components/memberships/customer-membership-card"

type CustomerWidgetProps = { data: { id: string } }

/** Customers → a customer: their membership, below the dashboard's own sections. */
const CustomerMembershipWidget = ({ data }: CustomerWidgetProps) => (
  <WithQueryClient>
    <CustomerMembershipCard customerId={data.id} />
  </WithQueryClient>
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "medusa-membership:customer-membership",
})

export default CustomerMembershipWidget
