import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { BenefitsTable } from "../../../components/benefits/benefits-table"
import { WithQueryClient } from "../../../components/common/with-query-client"

const BenefitsPage = () => (
  <WithQueryClient>
    <Container className="divide-y p-0">
      <BenefitsTable />
    </Container>
  </WithQueryClient>
)

export const config = defineRouteConfig({
  label: "Benefits",
  rank: 4,
})

export const handle = {
  breadcrumb: () => "Benefits",
}

export default BenefitsPage
