import { defineRouteConfig } from "@medusajs/admin-sdk"
import { WithQueryClient } from "../../../components/common/with-query-client"
import { MallItemsSection } from "../../../components/points-mall/mall-items-section"
import { MallRedemptionsSection } from "../../../components/points-mall/mall-redemptions-section"

const PointsMallPage = () => (
  <WithQueryClient>
    <div className="flex flex-col gap-y-3">
      <MallItemsSection />
      <MallRedemptionsSection />
    </div>
  </WithQueryClient>
)

export const config = defineRouteConfig({
  label: "Points mall",
  rank: 6,
})

export const handle = {
  breadcrumb: () => "Points mall",
}

export default PointsMallPage
