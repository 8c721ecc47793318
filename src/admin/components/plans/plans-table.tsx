import { ArchiveBox, ArrowPath, Gift, PencilSquare } from "@medusajs/icons"
import {
  Button,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useBenefitCatalogue } from "../../hooks/benefit-attachments"
import { MembershipPlan, usePlans } from "../../hooks/membership-plans"
import { attachedBenefits, BenefitHolder } from "../../lib/attached-benefits"
import { billingLabel, pricesSummary } from "../../lib/plan-display"
import { AttachedBenefitNames } from "../benefits/attached-benefit-names"
import { AttachedBenefitsDrawer, BenefitsDrawerState } from "../benefits/attached-benefits-drawer"
import { actionsColumn } from "../common/action-menu"
import { PlanFormDrawer } from "./plan-form-drawer"
import { PlanStatusBadge } from "./plan-status-badge"
import { usePlanStatusToggle } from "./use-plan-status-toggle"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<MembershipPlan>()

type DrawerState = { open: boolean; plan: MembershipPlan | null }

const holderOf = (plan: MembershipPlan): BenefitHolder => ({ kind: "plan", id: plan.id, name: plan.name })

export const PlansTable = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, plan: null })
  const [benefitsOf, setBenefitsOf] = useState<BenefitsDrawerState>({ open: false, holder: null })
  const toggleStatus = usePlanStatusToggle()
  const { benefits, isLoading: benefitsLoading } = useBenefitCatalogue()
  const { data, isLoading } = usePlans({ limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })

  const columns = [
    column.accessor("name", {
      header: "Plan",
      cell: ({ row }) => (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">{row.original.name}</span>
          <span className="text-ui-fg-subtle">{row.original.handle}</span>
        </div>
      ),
    }),
    column.accessor("status", { header: "Status", cell: ({ getValue }) => <PlanStatusBadge status={getValue()} /> }),
    column.accessor((plan) => billingLabel(plan.interval, plan.interval_count), { id: "billing", header: "Billing" }),
    column.accessor((plan) => pricesSummary(plan.prices ?? []), { id: "prices", header: "Prices" }),
    column.accessor("trial_days", {
      header: "Trial",
      cell: ({ getValue }) => (getValue() ? `${getValue()} days` : "None"),
    }),
    column.display({
      id: "benefits",
      header: "Benefits",
      cell: ({ row }) => (
        <AttachedBenefitNames isLoading={benefitsLoading} own={attachedBenefits(benefits, holderOf(row.original))} />
      ),
    }),
    actionsColumn<MembershipPlan>(
      (plan) => plan.name,
      (plan) => [
        { label: "Edit", icon: <PencilSquare />, onClick: () => setDrawer({ open: true, plan }) },
        { label: "Benefits", icon: <Gift />, onClick: () => setBenefitsOf({ open: true, holder: holderOf(plan) }) },
        plan.status === "active"
          ? { label: "Archive", icon: <ArchiveBox />, onClick: () => toggleStatus(plan) }
          : { label: "Reactivate", icon: <ArrowPath />, onClick: () => toggleStatus(plan) },
      ]
    ),
  ]

  const table = useDataTable({
    columns,
    data: data?.plans ?? [],
    getRowId: (plan) => plan.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
          <Heading>Plans</Heading>
          <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, plan: null })}>
            Create plan
          </Button>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{ empty: { heading: "No plans yet", description: "Create the first plan your shoppers can buy." } }}
        />
        <DataTable.Pagination />
      </DataTable>
      <PlanFormDrawer
        open={drawer.open}
        plan={drawer.plan}
        onOpenChange={(open) => setDrawer((current) => ({ ...current, open }))}
      />
      <AttachedBenefitsDrawer
        open={benefitsOf.open}
        holder={benefitsOf.holder}
        onOpenChange={(open) => setBenefitsOf((current) => ({ ...current, open }))}
      />
    </>
  )
}
