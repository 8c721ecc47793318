import { createDataTableColumnHelper } from "@medusajs/ui"
import type { BenefitStatus, BenefitType, MembershipBenefit } from "../../../types/http"
import { useBenefits, useDeleteBenefit, useUpdateBenefit } from "../../hooks/membership-benefits"
import { useAllPlans } from "../../hooks/membership-plans"
import { useAllTiers } from "../../hooks/membership-tiers"
import { ACTIVE_STATUS_OPTIONS } from "../../lib/active-status"
import {
  activeWindowLabel,
  BENEFIT_CHANGES,
  BENEFIT_TYPE_OPTIONS,
  benefitSummary,
  benefitTypeLabel,
  eligibilityNames,
  estimatedCostLabel,
} from "../../lib/benefit-display"
import { editMenuColumn } from "../common/action-menu"
import { activeStatusColumn } from "../common/active-status-badge"
import { ARCHIVE, useRemoveAction, useStatusToggle } from "../common/confirmed-actions"
import { CreateButton } from "../common/create-button"
import { FilterSelect, StatusFilter } from "../common/filter-select"
import { TableSection } from "../common/table-section"
import { TwoLineCell } from "../common/two-line-cell"
import { useDrawerFor } from "../common/use-drawer-for"
import { useListTable } from "../common/use-list-table"
import { useFilteredPages } from "../common/use-filtered-pages"
import { BenefitFormDrawer } from "./benefit-form-drawer"

const column = createDataTableColumnHelper<MembershipBenefit>()

const NO_MATCH = { heading: "No matching benefits", description: "No benefit has this type and status." }
const NONE_YET = { heading: "No benefits yet", description: "Create the first benefit your members get." }

/** One line of the eligibility cell: "Plans: PLUS Annual". */
const Names = ({ title, names }: { title: string; names: string[] }) =>
  names.length ? (
    <span>
      <span className="text-ui-fg-subtle">{title}: </span>
      {names.join(", ")}
    </span>
  ) : null

const Eligibility = ({ eligible }: { eligible: { plans: string[]; tiers: string[] } }) =>
  eligible.plans.length || eligible.tiers.length ? (
    <div className="flex flex-col whitespace-normal">
      <Names title="Plans" names={eligible.plans} />
      <Names title="Tiers" names={eligible.tiers} />
    </div>
  ) : (
    <span className="text-ui-fg-subtle">Nobody yet</span>
  )

/** The benefits catalogue, filtered by type and status, with the drawer that creates and edits benefits. */
export const BenefitsTable = () => {
  const { pagination, filters, filter, isFiltered } = useFilteredPages<{ type: BenefitType; status: BenefitStatus }>(20)
  const editor = useDrawerFor<MembershipBenefit>()
  const toggle = useStatusToggle(useUpdateBenefit(), ARCHIVE, BENEFIT_CHANGES)
  const remove = useRemoveAction(useDeleteBenefit(), BENEFIT_CHANGES)
  const plans = useAllPlans().data?.plans ?? []
  const tiers = useAllTiers().data?.tiers ?? []
  const { data, isLoading, error } = useBenefits({ ...pagination.params, ...filters })

  const columns = [
    column.accessor("name", {
      header: "Benefit",
      cell: ({ row }) => <TwoLineCell main={row.original.name} sub={row.original.description} subClassName="line-clamp-1 whitespace-normal" />,
    }),
    column.accessor("type", {
      header: "Type",
      cell: ({ row }) => (
        <TwoLineCell main={benefitTypeLabel(row.original.type)} sub={benefitSummary(row.original)} subClassName="whitespace-normal" />
      ),
    }),
    column.display({
      id: "eligibility",
      header: "Eligibility",
      cell: ({ row }) => <Eligibility eligible={eligibilityNames(row.original, plans, tiers)} />,
    }),
    column.accessor((benefit) => activeWindowLabel(benefit), { id: "window", header: "Active" }),
    column.accessor((benefit) => estimatedCostLabel(benefit), {
      id: "cost",
      header: "Estimated cost",
      cell: ({ getValue }) => <span className="whitespace-normal">{getValue()}</span>,
    }),
    activeStatusColumn<MembershipBenefit>(),
    editMenuColumn<MembershipBenefit>(editor, (benefit) => [toggle(benefit), remove(benefit)]),
  ]
  const table = useListTable({ columns, rows: data?.benefits, count: data?.count, isLoading, pagination })

  return (
    <TableSection
      table={table}
      heading={{ level: "h1", title: "Benefits", description: "What members of each plan and tier get, and what it is estimated to cost." }}
      actions={
        <>
          <FilterSelect label="Filter by type" allLabel="All types" options={BENEFIT_TYPE_OPTIONS} {...filter("type")} />
          <StatusFilter options={ACTIVE_STATUS_OPTIONS} {...filter("status")} />
          <CreateButton editor={editor} label="Create benefit" />
        </>
      }
      error={error}
      empty={isFiltered ? NO_MATCH : NONE_YET}
    >
      <BenefitFormDrawer {...editor.drawer} benefit={editor.item} />
    </TableSection>
  )
}
