import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { QueryClientProvider } from "@tanstack/react-query"
import { PlansTable } from "../../../components/plans-table"
import { queryClient } from "../../../lib/query-client"

const PlansPage = () => (
  <QueryClientProvider client={queryClient}>
    <Container className="divide-y p-0">
      <PlansTable />
    </Container>
  </QueryClientProvider>
)

export const config = defineRouteConfig({
  label: "Plans",
})

export default PlansPage
