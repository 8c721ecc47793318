import { defineRouteConfig } from "@medusajs/admin-sdk"
import { WithQueryClient } from "../../../components/common/with-query-client"
import { TiersOverview } from "../../../components/tiers/tiers-overview"

const TiersPage = () => (
  <WithQueryClient>
    <TiersOverview />
  </WithQueryClient>
)

export const config = defineRouteConfig({
  label: "Tiers",
  rank: 3,
})

export const handle = {
  breadcrumb: () => "Tiers",
}

export default TiersPage
