import { createDataTableColumnHelper } from "@medusajs/ui"
import type { MallItem } from "../../../types/http"
import { useAllTiers } from "../../hooks/membership-tiers"
import { useDeleteMallItem, useMallItems, useUpdateMallItem } from "../../hooks/points-mall"
import { activeWindowLabel, eligibilityNames } from "../../lib/benefit-display"
import { couponLabel, limitLabel, MALL_ITEM_CHANGES, mallKindLabel, mallPriceLabel, stockLabel } from "../../lib/mall-display"
import { editMenuColumn } from "../common/action-menu"
import { activeStatusColumn } from "../common/active-status-badge"
import { ARCHIVE, useRemoveAction, useStatusToggle } from "../common/confirmed-actions"
import { CreateButton } from "../common/create-button"
import { TableSection } from "../common/table-section"
import { TwoLineCell } from "../common/two-line-cell"
import { useDrawerFor } from "../common/use-drawer-for"
import { useListTable } from "../common/use-list-table"
import { usePagination } from "../common/use-pagination"
import { MallItemDrawer } from "./mall-item-drawer"
import { PartnerBenefitName } from "./partner-benefit-name"
import { VariantName } from "./variant-name"

const column = createDataTableColumnHelper<MallItem>()

/** What the item gives, under its kind: the variant's name, the coupon's value or the partner benefit's name. */
const Gives = ({ item }: { item: MallItem }) => (
  <div className="flex flex-col whitespace-normal">
    <span className="text-ui-fg-base">{mallKindLabel(item.kind)}</span>
    <span className="text-ui-fg-subtle">
      {item.kind === "variant" ? (
        <VariantName id={item.variant_id} />
      ) : item.kind === "coupon" ? (
        couponLabel(item.coupon)
      ) : (
        <PartnerBenefitName id={item.partner_benefit_id} />
      )}
    </span>
  </div>
)

/** The points mall's items, with the drawer that creates and edits them. */
export const MallItemsSection = () => {
  const pagination = usePagination(20)
  const editor = useDrawerFor<MallItem>()
  const toggle = useStatusToggle(useUpdateMallItem(), ARCHIVE, MALL_ITEM_CHANGES)
  const remove = useRemoveAction(useDeleteMallItem(), MALL_ITEM_CHANGES)
  const tiers = useAllTiers().data?.tiers ?? []
  const { data, isLoading, error } = useMallItems(pagination.params)

  const columns = [
    column.accessor("name", {
      header: "Item",
      cell: ({ row }) => <TwoLineCell main={row.original.name} sub={row.original.description} subClassName="line-clamp-1 whitespace-normal" />,
    }),
    column.accessor("kind", { header: "Gives", cell: ({ row }) => <Gives item={row.original} /> }),
    column.accessor((item) => mallPriceLabel(item), { id: "price", header: "Price" }),
    column.accessor((item) => stockLabel(item.stock), { id: "stock", header: "Stock" }),
    column.accessor((item) => limitLabel(item), { id: "limit", header: "Limit per customer" }),
    column.accessor((item) => eligibilityNames({ plan_ids: [], tier_ids: item.tier_ids }, [], tiers).tiers.join(", ") || "Everyone", {
      id: "tiers",
      header: "Tiers",
      cell: ({ getValue }) => <span className="whitespace-normal">{getValue()}</span>,
    }),
    column.accessor((item) => activeWindowLabel(item), { id: "window", header: "Window" }),
    activeStatusColumn<MallItem>(),
    editMenuColumn<MallItem>(editor, (item) => [toggle(item), remove(item)]),
  ]
  const table = useListTable({ columns, rows: data?.items, count: data?.count, isLoading, pagination })

  return (
    <TableSection
      table={table}
      heading={{ level: "h1", title: "Points mall", description: "Products, coupons and partner codes customers buy with points." }}
      actions={
        <CreateButton editor={editor} label="Create item" />
      }
      error={error}
      subject="Items"
      empty={{ heading: "No items yet", description: "Create the first thing customers can buy with points." }}
    >
      <MallItemDrawer {...editor.drawer} item={editor.item} />
    </TableSection>
  )
}
