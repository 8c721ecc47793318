import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  StatusBadge,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { MemberCoupon, useCustomerCoupons } from "../../hooks/member-coupons"
import { formatAmount, formatDateTime } from "../../lib/format"
import { SectionHeader } from "../common/section-header"

const PAGE_SIZE = 10

const column = createDataTableColumnHelper<MemberCoupon>()

const couponValue = (coupon: MemberCoupon) =>
  coupon.value_type === "percentage" ? `${coupon.value}% off` : `${formatAmount(coupon.value, coupon.currency_code)} off`

const CouponState = ({ coupon }: { coupon: MemberCoupon }) =>
  coupon.used ? (
    <StatusBadge color="grey">Used</StatusBadge>
  ) : coupon.expired ? (
    <StatusBadge color="red">Expired</StatusBadge>
  ) : (
    <StatusBadge color="green">Available</StatusBadge>
  )

const columns = [
  column.accessor("code", { header: "Code", cell: ({ getValue }) => <span className="font-mono">{getValue()}</span> }),
  column.display({
    id: "benefit",
    header: "Benefit",
    cell: ({ row }) => (
      <div className="flex flex-col whitespace-normal">
        <span>{row.original.benefit.name ?? "-"}</span>
        <span className="text-ui-fg-subtle">
          {couponValue(row.original)} · {row.original.period}
        </span>
      </div>
    ),
  }),
  column.accessor("expires_at", { header: "Expires", cell: ({ getValue }) => formatDateTime(getValue()) }),
  column.display({ id: "state", header: "Status", cell: ({ row }) => <CouponState coupon={row.original} /> }),
]

/** A customer's coupon drop codes on their detail page, newest month first. */
export const CustomerCouponsCard = ({ customerId }: { customerId: string }) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isLoading, error } = useCustomerCoupons(customerId, {
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })
  const table = useDataTable({
    columns,
    data: data?.coupons ?? [],
    getRowId: (coupon) => coupon.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <Container className="divide-y p-0" role="region" aria-label="Coupon drops">
      <SectionHeader title="Coupon drops" description="Single-use codes the customer's coupon drop benefits issued, one set a month." />
      {!data && error ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Coupons could not be loaded: {error.message}
        </Text>
      ) : (
        <DataTable instance={table}>
          <DataTable.Table emptyState={{ empty: { heading: "No coupons yet", description: "Codes appear after the daily coupon drop run." } }} />
          <DataTable.Pagination />
        </DataTable>
      )}
    </Container>
  )
}
