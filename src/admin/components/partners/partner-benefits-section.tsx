import { ArrowUpTray } from "@medusajs/icons"
import {
  Badge,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { PartnerBenefit, usePartnerBenefits } from "../../hooks/partners"
import { benefitSummary } from "../../lib/benefit-display"
import { CODE_COUNT_COLUMNS } from "../../lib/partner-display"
import { actionsColumn } from "../common/action-menu"
import { ActiveStatusBadge } from "../common/active-status-badge"
import { SectionTitle } from "../common/section-header"
import { CodeImportDrawer } from "./code-import-drawer"

const PAGE_SIZE = 10
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
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [importing, setImporting] = useState<PartnerBenefit | null>(null)
  const { data, isLoading, error } = usePartnerBenefits(partnerId, {
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = [
    column.accessor("name", {
      header: "Benefit",
      cell: ({ row }) => (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">{row.original.name}</span>
          <span className="text-ui-fg-subtle whitespace-normal">{benefitSummary(row.original)}</span>
        </div>
      ),
    }),
    column.accessor("status", { header: "Status", cell: ({ getValue }) => <ActiveStatusBadge status={getValue()} /> }),
    ...CODE_COUNT_COLUMNS.map(({ key, label }) =>
      key === "available"
        ? column.display({ id: key, header: label, cell: ({ row }) => <Available benefit={row.original} /> })
        : column.accessor((benefit) => benefit.codes[key], { id: key, header: label })
    ),
    actionsColumn<PartnerBenefit>(
      (benefit) => benefit.name,
      (benefit) => [
        { label: "Import codes", icon: <ArrowUpTray />, disabled: !isPool(benefit), onClick: () => setImporting(benefit) },
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

  return (
    <Container className="divide-y p-0" role="region" aria-label="Benefits and codes">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <SectionTitle
            title="Benefits and codes"
            description={
              <>
                The partner's benefits and their codes. Create and edit them on the{" "}
                <Link to="/membership/benefits" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                  Benefits page
                </Link>{" "}
                (type Partner).
              </>
            }
          />
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: error
              ? { heading: "Benefits could not be loaded", description: error.message }
              : { heading: "No benefits yet", description: "Create a benefit of type Partner that names this partner." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      <CodeImportDrawer partnerId={partnerId} benefit={importing} onOpenChange={(open) => !open && setImporting(null)} />
    </Container>
  )
}
