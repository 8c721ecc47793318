import { defineRouteConfig } from "@medusajs/admin-sdk"
import { WithQueryClient } from "../../../components/common/with-query-client"
import { PointsLiabilitySection } from "../../../components/points/points-liability-section"
import { PointsProgramSection } from "../../../components/points/points-program-section"

const PointsPage = () => (
  <WithQueryClient>
    <div className="flex flex-col gap-y-3">
      <PointsLiabilitySection />
      <PointsProgramSection />
    </div>
  </WithQueryClient>
)

export const config = defineRouteConfig({
  label: "Points",
  rank: 5,
})

export const handle = {
  breadcrumb: () => "Points",
}

export default PointsPage
