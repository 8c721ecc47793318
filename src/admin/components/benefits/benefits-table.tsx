import { ArchiveBox, ArrowPath, PencilSquare, Trash } from "@medusajs/icons"
import { Button, createDataTableColumnHelper, DataTable, DataTablePaginationState, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { MembershipBenefit, useBenefits } from "../../hooks/membership-benefits"
import { usePlans } from "../../hooks/membership-plans"
import { useTiers } from "../../hooks/membership-tiers"
import {
  activeWindowLabel,
  benefitSummary,
  benefitTypeLabel,
  eligibilityNames,
  estimatedCostLabel,
} from "../../lib/benefit-display"
import { actionsColumn } from "../common/action-menu"
import { ActiveStatusBadge } from "../common/active-status-badge"
import { BenefitFilters, BenefitFilterValues } from "./benefit-filters"
import { BenefitFormDrawer } from "./benefit-form-drawer"
import { useBenefitStatusToggle, useDeleteBenefitPrompt } from "./use-benefit-actions"
import { SectionTitle } from "../common/section-header"

const PAGE_SIZE = 20
/** Plans and tiers are few: their names come from one page of each. */
const ALL = { limit: 100, offset: 0 }
const column = createDataTableColumnHelper<MembershipBenefit>()

type DrawerState = { open: boolean; benefit: MembershipBenefit | null }

/** One line of the eligibility cell: "Plans: PLUS Annual". */
const Names = ({ title, names }: { title: string; names: string[] }) =>
  names.length ? (
    <span>
      <span className="text-ui-fg-subtle">{title}: </span>
      {names.join(", ")}
    </span>
  ) : null

export const BenefitsTable = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [filters, setFilters] = useState<BenefitFilterValues>({})
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, benefit: null })
  const toggleStatus = useBenefitStatusToggle()
  const confirmDelete = useDeleteBenefitPrompt()
  const plans = usePlans(ALL).data?.plans ?? []
  const tiers = useTiers(ALL).data?.tiers ?? []
  const { data, isLoading, error } = useBenefits({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    ...filters,
  })

  const columns = [
    column.accessor("name", {
      header: "Benefit",
      cell: ({ row }) => (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">{row.original.name}</span>
          {row.original.description && (
            <span className="text-ui-fg-subtle line-clamp-1 whitespace-normal">{row.original.description}</span>
          )}
        </div>
      ),
    }),
    column.accessor("type", {
      header: "Type",
      cell: ({ row }) => (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">{benefitTypeLabel(row.original.type)}</span>
          <span className="text-ui-fg-subtle whitespace-normal">{benefitSummary(row.original)}</span>
        </div>
      ),
    }),
    column.display({
      id: "eligibility",
      header: "Eligibility",
      cell: ({ row }) => {
        const eligible = eligibilityNames(row.original, plans, tiers)
        return eligible.plans.length || eligible.tiers.length ? (
          <div className="flex flex-col whitespace-normal">
            <Names title="Plans" names={eligible.plans} />
            <Names title="Tiers" names={eligible.tiers} />
          </div>
        ) : (
          <span className="text-ui-fg-subtle">Nobody yet</span>
        )
      },
    }),
    column.accessor((benefit) => activeWindowLabel(benefit), { id: "window", header: "Active" }),
    column.accessor((benefit) => estimatedCostLabel(benefit), {
      id: "cost",
      header: "Estimated cost",
      cell: ({ getValue }) => <span className="whitespace-normal">{getValue()}</span>,
    }),
    column.accessor("status", { header: "Status", cell: ({ getValue }) => <ActiveStatusBadge status={getValue()} /> }),
    actionsColumn<MembershipBenefit>(
      (benefit) => benefit.name,
      (benefit) => [
        { label: "Edit", icon: <PencilSquare />, onClick: () => setDrawer({ open: true, benefit }) },
        benefit.status === "active"
          ? { label: "Archive", icon: <ArchiveBox />, onClick: () => toggleStatus(benefit) }
          : { label: "Reactivate", icon: <ArrowPath />, onClick: () => toggleStatus(benefit) },
        { label: "Delete", icon: <Trash />, onClick: () => confirmDelete(benefit) },
      ]
    ),
  ]

  const table = useDataTable({
    columns,
    data: data?.benefits ?? [],
    getRowId: (benefit) => benefit.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const filtered = !!(filters.type || filters.status)

  return (
    <>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <SectionTitle level="h1" title="Benefits" description="What members of each plan and tier get, and what it is estimated to cost." />
          <div className="flex flex-wrap items-center gap-2">
            <BenefitFilters
              value={filters}
              onChange={(next) => {
                setFilters(next)
                setPagination((current) => ({ ...current, pageIndex: 0 }))
              }}
            />
            <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, benefit: null })}>
              Create benefit
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: error
              ? { heading: "Benefits could not be loaded", description: error.message }
              : filtered
                ? { heading: "No matching benefits", description: "No benefit has this type and status." }
                : { heading: "No benefits yet", description: "Create the first benefit your members get." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      <BenefitFormDrawer
        open={drawer.open}
        benefit={drawer.benefit}
        onOpenChange={(open) => setDrawer((current) => ({ ...current, open }))}
      />
    </>
  )
}
