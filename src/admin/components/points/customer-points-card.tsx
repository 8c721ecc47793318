import { Button, Container, DataTablePaginationState, Text } from "@medusajs/ui"
import { useState } from "react"
import { useCustomerPoints } from "../../hooks/points"
import { points } from "../../lib/points-display"
import { SectionHeader } from "../common/section-header"
import { SectionLoadState } from "../common/section-load-state"
import { SectionRow } from "../common/section-row"
import { AdjustPointsDrawer } from "./adjust-points-drawer"
import { PointsLedger } from "./points-ledger"

const PAGE_SIZE = 10

/** A customer's points on their detail page: balances, the ledger and a manual adjustment. */
export const CustomerPointsCard = ({ customerId }: { customerId: string }) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [adjusting, setAdjusting] = useState(false)
  const { data, isLoading, error } = useCustomerPoints(customerId, {
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  return (
    <Container className="divide-y p-0" role="region" aria-label="Points">
      <SectionHeader title="Points">
        {data && (
          <Button size="small" variant="secondary" onClick={() => setAdjusting(true)}>
            Adjust points
          </Button>
        )}
      </SectionHeader>
      <SectionLoadState isLoading={isLoading} skeletonHeight="h-[120px]" error={data ? null : error} subject="Points" />
      {data && (
        <>
          <SectionRow title="Available" value={points(data.balances.available)} />
          <SectionRow title="Pending" value={points(data.balances.pending)} />
          <SectionRow title="Expiring within 30 days" value={points(data.balances.expiring_soon)} />
          <div className="flex flex-col">
            <Text size="small" weight="plus" className="text-ui-fg-subtle px-6 pt-4">
              Points ledger
            </Text>
            <PointsLedger
              transactions={data.transactions}
              count={data.count}
              isLoading={isLoading}
              pagination={pagination}
              onPaginationChange={setPagination}
            />
          </div>
          <AdjustPointsDrawer customerId={customerId} open={adjusting} onOpenChange={setAdjusting} />
        </>
      )}
    </Container>
  )
}
