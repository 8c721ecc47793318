import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { WithQueryClient } from "../components/common/with-query-client"
import { CustomerCouponsCard } from "../components/coupons/customer-coupons-card"

type CustomerWidgetProps = { data: { id: string } }

/** Customers → a customer: the coupon drop codes they were given, used or not. */
const CustomerCouponsWidget = ({ data }: CustomerWidgetProps) => (
  <WithQueryClient>
    <CustomerCouponsCard customerId={data.id} />
  </WithQueryClient>
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "medusa-membership:customer-coupons",
})

export default CustomerCouponsWidget
