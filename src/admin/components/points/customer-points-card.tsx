import { useCustomerPoints } from "../../hooks/points"
import { points } from "../../lib/points-display"
import { DataSection } from "../common/data-section"
import { DrawerButton } from "../common/drawer-button"
import { SectionRow } from "../common/section-row"
import { usePagination } from "../common/use-pagination"
import { AdjustPointsDrawer } from "./adjust-points-drawer"
import { PointsLedger } from "./points-ledger"

/** A customer's points on their detail page: balances, the ledger and a manual adjustment. */
export const CustomerPointsCard = ({ customerId }: { customerId: string }) => {
  const pagination = usePagination(10)
  const query = useCustomerPoints(customerId, pagination.params)

  return (
    <DataSection
      title="Points"
      region
      query={query}
      subject="Points"
      skeletonHeight="h-[120px]"
      actions={() => <DrawerButton label="Adjust points" drawer={(drawer) => <AdjustPointsDrawer {...drawer} customerId={customerId} />} />}
    >
      {(data) => (
        <>
          <SectionRow title="Available" value={points(data.balances.available)} />
          <SectionRow title="Pending" value={points(data.balances.pending)} />
          <SectionRow title="Expiring within 30 days" value={points(data.balances.expiring_soon)} />
          <PointsLedger points={data} isLoading={query.isLoading} pagination={pagination} />
        </>
      )}
    </DataSection>
  )
}
