import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { customerWidget } from "../components/common/customer-widget"
import { CustomerCouponsCard } from "../components/coupons/customer-coupons-card"

export const config = defineWidgetConfig({ zone: "customer.details.after", id: "medusa-membership:customer-coupons" })

/** Customers → a customer: the coupon drop codes they were given, used or not. */
export default customerWidget(CustomerCouponsCard)
