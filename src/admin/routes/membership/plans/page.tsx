import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { WithQueryClient } from "../../../components/common/with-query-client"
import { PlansTable } from "../../../components/plans/plans-table"

const PlansPage = () => (
  <WithQueryClient>
    <Container className="divide-y p-0">
      <PlansTable />
    </Container>
  </WithQueryClient>
)

export const config = defineRouteConfig({
  label: "Plans",
  rank: 1,
})

export const handle = {
  breadcrumb: () => "Plans",
}

export default PlansPage
