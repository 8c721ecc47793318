import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { WithQueryClient } from "../components/common/with-query-client"
import { MemberPricesSection } from "../components/member-prices/member-prices-section"

type ProductWidgetProps = { data: { id: string; metadata?: Record<string, unknown> | null } }

/**
 * Products → a product: its member prices. Not on a plan's own product (marked with
 * `metadata.membership_plan_id`, see src/workflows/utils/plan-product.ts): a plan is priced on
 * the Plans page.
 */
const ProductMemberPricesWidget = ({ data }: ProductWidgetProps) =>
  data.metadata?.membership_plan_id ? null : (
    <WithQueryClient>
      <MemberPricesSection productId={data.id} />
    </WithQueryClient>
  )

export const config = defineWidgetConfig({
  zone: "product.details.after",
  id: "medusa-membership:product-member-prices",
})

export default ProductMemberPricesWidget
