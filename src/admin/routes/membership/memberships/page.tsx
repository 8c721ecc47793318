import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { WithQueryClient } from "../../../components/common/with-query-client"
import { MembershipsTable } from "../../../components/memberships/memberships-table"

const MembershipsPage = () => (
  <WithQueryClient>
    <Container className="divide-y p-0">
      <MembershipsTable />
    </Container>
  </WithQueryClient>
)

export const config = defineRouteConfig({
  label: "Memberships",
  rank: 2,
})

export const handle = {
  breadcrumb: () => "Memberships",
}

export default MembershipsPage
