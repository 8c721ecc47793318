import { ArchiveBox, ArrowPath, PencilSquare, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useTiers } from "../../hooks/membership-tiers"
import { MallItem, useMallItems } from "../../hooks/points-mall"
import { activeWindowLabel, eligibilityNames } from "../../lib/benefit-display"
import { couponLabel, limitLabel, mallKindLabel, mallPriceLabel, stockLabel } from "../../lib/mall-display"
import { actionsColumn } from "../common/action-menu"
import { ActiveStatusBadge } from "../common/active-status-badge"
import { SectionTitle } from "../common/section-header"
import { MallItemDrawer } from "./mall-item-drawer"
import { useDeleteMallItemPrompt, useMallItemStatusToggle } from "./use-mall-item-actions"
import { PartnerBenefitName } from "./partner-benefit-name"
import { VariantName } from "./variant-name"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<MallItem>()

type DrawerState = { open: boolean; item: MallItem | null }

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
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, item: null })
  const toggleStatus = useMallItemStatusToggle()
  const confirmDelete = useDeleteMallItemPrompt()
  const tiers = useTiers({ limit: 100, offset: 0 }).data?.tiers ?? []
  const { data, isLoading, error } = useMallItems({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = [
    column.accessor("name", {
      header: "Item",
      cell: ({ row }) => (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">{row.original.name}</span>
          {row.original.description && (
            <span className="text-ui-fg-subtle line-clamp-1 whitespace-normal">{row.original.description}</span>
          )}
        </div>
      ),
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
    column.accessor("status", { header: "Status", cell: ({ getValue }) => <ActiveStatusBadge status={getValue()} /> }),
    actionsColumn<MallItem>(
      (item) => item.name,
      (item) => [
        { label: "Edit", icon: <PencilSquare />, onClick: () => setDrawer({ open: true, item }) },
        item.status === "active"
          ? { label: "Archive", icon: <ArchiveBox />, onClick: () => toggleStatus(item) }
          : { label: "Reactivate", icon: <ArrowPath />, onClick: () => toggleStatus(item) },
        { label: "Delete", icon: <Trash />, onClick: () => confirmDelete(item) },
      ]
    ),
  ]

  const table = useDataTable({
    columns,
    data: data?.items ?? [],
    getRowId: (item) => item.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <SectionTitle level="h1" title="Points mall" description="Products, coupons and partner codes customers buy with points." />
          <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, item: null })}>
            Create item
          </Button>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: error
              ? { heading: "Items could not be loaded", description: error.message }
              : { heading: "No items yet", description: "Create the first thing customers can buy with points." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      <MallItemDrawer
        open={drawer.open}
        item={drawer.item}
        onOpenChange={(open) => setDrawer((current) => ({ ...current, open }))}
      />
    </Container>
  )
}
