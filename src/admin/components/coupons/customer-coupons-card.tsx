import { Container, createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import type { MemberCoupon } from "../../../types/http"
import { useCustomerCoupons } from "../../hooks/member-coupons"
import { formatAmount, formatDateTime } from "../../lib/format"
import { ListTable } from "../common/list-table"
import { SectionHeader } from "../common/section-header"
import { LoadError } from "../common/section-load-state"
import { useListTable } from "../common/use-list-table"
import { usePagination } from "../common/use-pagination"

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
  const pagination = usePagination(10)
  const { data, isLoading, error } = useCustomerCoupons(customerId, pagination.params)
  const table = useListTable({ columns, rows: data?.coupons, count: data?.count, isLoading, pagination })
  return (
    <Container className="divide-y p-0" role="region" aria-label="Coupon drops">
      <SectionHeader title="Coupon drops" description="Single-use codes the customer's coupon drop benefits issued, one set a month." />
      {!data && error ? (
        <LoadError subject="Coupons" error={error} />
      ) : (
        <ListTable table={table} empty={{ heading: "No coupons yet", description: "Codes appear after the daily coupon drop run." }} />
      )}
    </Container>
  )
}
