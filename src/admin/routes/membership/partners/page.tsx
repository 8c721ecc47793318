import { defineRouteConfig } from "@medusajs/admin-sdk"
import { WithQueryClient } from "../../../components/common/with-query-client"
import { PartnersTable } from "../../../components/partners/partners-table"

const PartnersPage = () => (
  <WithQueryClient>
    <PartnersTable />
  </WithQueryClient>
)

export const config = defineRouteConfig({
  label: "Partners",
  rank: 7,
})

export const handle = {
  breadcrumb: () => "Partners",
}

export default PartnersPage
