import { ArrowUpTray } from "@medusajs/icons"
import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { PartnerBenefit } from "../../../types/http"
import { usePartnerBenefits } from "../../hooks/partners"
import { benefitSummary } from "../../lib/benefit-display"
import { CODE_COUNT_COLUMNS } from "../../lib/partner-display"
import { actionsColumn } from "../common/action-menu"
import { activeStatusColumn } from "../common/active-status-badge"
import { TableSection } from "../common/table-section"
import { TwoLineCell } from "../common/two-line-cell"
import { useListTable } from "../common/use-list-table"
import { usePagination } from "../common/use-pagination"
import { CodeImportDrawer } from "./code-import-drawer"

const column = createDataTableColumnHelper<PartnerBenefit>()
const isPool = (benefit: PartnerBenefit) => (benefit.config as { code_source?: string }).code_source !== "generated"

/** The available count, with the low-stock warning a pool under its threshold gets. */
const Available = ({ benefit }: { benefit: PartnerBenefit }) =>
  isPool(benefit) ? (
    <div className="flex items-center gap-x-2">
      <span>{benefit.codes.available}</span>
      {benefit.low_stock && (
        <Badge size="2xsmall" color="orange">
          Low stock
        </Badge>
      )}
    </div>
  ) : (
    <span className="text-ui-fg-subtle">Generated</span>
  )

/** The catalogue's benefits this partner fulfils, their codes by status, and the CSV import into a pool. */
export const PartnerBenefitsSection = ({ partnerId }: { partnerId: string }) => {
  const pagination = usePagination(10)
  const [importing, setImporting] = useState<PartnerBenefit | null>(null)
  const { data, isLoading, error } = usePartnerBenefits(partnerId, pagination.params)

  const columns = [
    column.accessor("name", {
      header: "Benefit",
      cell: ({ row }) => <TwoLineCell main={row.original.name} sub={benefitSummary(row.original)} subClassName="whitespace-normal" />,
    }),
    activeStatusColumn<PartnerBenefit>(),
    ...CODE_COUNT_COLUMNS.map(({ key, label }) =>
      key === "available"
        ? column.display({ id: key, header: label, cell: ({ row }) => <Available benefit={row.original} /> })
        : column.accessor((benefit) => benefit.codes[key], { id: key, header: label })
    ),
    actionsColumn<PartnerBenefit>(
      (benefit) => benefit.name,
      (benefit) => [{ label: "Import codes", icon: <ArrowUpTray />, disabled: !isPool(benefit), onClick: () => setImporting(benefit) }]
    ),
  ]
  const table = useListTable({ columns, rows: data?.benefits, count: data?.count, isLoading, pagination })

  return (
    <TableSection
      table={table}
      region
      heading={{
        title: "Benefits and codes",
        description: (
          <>
            The partner's benefits and their codes. Create and edit them on the{" "}
            <Link to="/membership/benefits" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
              Benefits page
            </Link>{" "}
            (type Partner).
          </>
        ),
      }}
      error={error}
      subject="Benefits"
      empty={{ heading: "No benefits yet", description: "Create a benefit of type Partner that names this partner." }}
    >
      <CodeImportDrawer partnerId={partnerId} benefit={importing} onOpenChange={(open) => !open && setImporting(null)} />
    </TableSection>
  )
}
