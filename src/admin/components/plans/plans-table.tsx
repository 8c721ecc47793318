import { createDataTableColumnHelper } from "@medusajs/ui"
import type { MembershipPlan } from "../../../types/http"
import { useBenefitCatalogue } from "../../hooks/benefit-attachments"
import { usePlans, useUpdatePlan } from "../../hooks/membership-plans"
import { attachedBenefits, BenefitHolder } from "../../lib/attached-benefits"
import { billingLabel, PLAN_CHANGES, pricesSummary } from "../../lib/plan-display"
import { AttachedBenefitNames } from "../benefits/attached-benefit-names"
import { AttachedBenefitsDrawer, benefitsAction } from "../benefits/attached-benefits-drawer"
import { editMenuColumn } from "../common/action-menu"
import { activeStatusColumn } from "../common/active-status-badge"
import { ARCHIVE, useStatusToggle } from "../common/confirmed-actions"
import { CreateButton } from "../common/create-button"
import { TableSection } from "../common/table-section"
import { TwoLineCell } from "../common/two-line-cell"
import { useDrawerFor } from "../common/use-drawer-for"
import { useListTable } from "../common/use-list-table"
import { usePagination } from "../common/use-pagination"
import { PlanFormDrawer } from "./plan-form-drawer"

const column = createDataTableColumnHelper<MembershipPlan>()

const holderOf = (plan: MembershipPlan): BenefitHolder => ({ kind: "plan", id: plan.id, name: plan.name })

/** The plans shoppers can buy, with the drawers that edit them and their benefits. */
export const PlansTable = () => {
  const pagination = usePagination(20)
  const editor = useDrawerFor<MembershipPlan>()
  const benefitsOf = useDrawerFor<BenefitHolder>()
  const toggle = useStatusToggle(useUpdatePlan(), ARCHIVE, PLAN_CHANGES)
  const { benefits, isLoading: benefitsLoading } = useBenefitCatalogue()
  const { data, isLoading } = usePlans(pagination.params)

  const columns = [
    column.accessor("name", { header: "Plan", cell: ({ row }) => <TwoLineCell main={row.original.name} sub={row.original.handle} /> }),
    activeStatusColumn<MembershipPlan>(),
    column.accessor((plan) => billingLabel(plan.interval, plan.interval_count), { id: "billing", header: "Billing" }),
    column.accessor((plan) => pricesSummary(plan.prices ?? []), { id: "prices", header: "Prices" }),
    column.accessor("trial_days", { header: "Trial", cell: ({ getValue }) => (getValue() ? `${getValue()} days` : "None") }),
    column.display({
      id: "benefits",
      header: "Benefits",
      cell: ({ row }) => <AttachedBenefitNames isLoading={benefitsLoading} own={attachedBenefits(benefits, holderOf(row.original))} />,
    }),
    editMenuColumn<MembershipPlan>(editor, (plan) => [benefitsAction(() => benefitsOf.open(holderOf(plan))), toggle(plan)]),
  ]
  const table = useListTable({ columns, rows: data?.plans, count: data?.count, isLoading, pagination })

  return (
    <TableSection
      table={table}
      heading={{ level: "h1", title: "Plans" }}
      actions={
        <CreateButton editor={editor} label="Create plan" />
      }
      empty={{ heading: "No plans yet", description: "Create the first plan your shoppers can buy." }}
    >
      <PlanFormDrawer {...editor.drawer} plan={editor.item} />
      <AttachedBenefitsDrawer {...benefitsOf.drawer} holder={benefitsOf.item} />
    </TableSection>
  )
}
