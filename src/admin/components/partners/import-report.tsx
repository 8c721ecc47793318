import { Heading, Text } from "@medusajs/ui"
import type { CodeImportReport } from "../../../types/http"
import { duplicateReasonLabel } from "../../lib/partner-display"

/** Problem rows shown in the drawer; the report holds up to 1000 of each. */
const SHOWN = 50

type Problem = { line: number; reason: string; code_fingerprint?: string }

const ProblemList = ({ title, rows, total }: { title: string; rows: Problem[]; total: number }) =>
  total ? (
    <div className="flex flex-col gap-y-2" role="region" aria-label={title}>
      <Heading level="h3">
        {title} ({total})
      </Heading>
      <ul className="shadow-borders-base divide-y rounded-lg">
        {rows.slice(0, SHOWN).map((row) => (
          <li key={`${row.line}-${row.reason}`} className="txt-compact-small flex gap-x-3 px-3 py-2">
            <span className="text-ui-fg-subtle w-16 shrink-0">Line {row.line}</span>
            <span className="flex-1">{row.reason}</span>
            {row.code_fingerprint && <code className="text-ui-fg-muted">{row.code_fingerprint}</code>}
          </li>
        ))}
      </ul>
      {total > SHOWN && (
        <Text size="small" className="text-ui-fg-subtle">
          …and {total - SHOWN} more.
        </Text>
      )}
    </div>
  ) : null

const Figure = ({ label, value }: { label: string; value: number }) => (
  <div className="flex flex-col">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="large" weight="plus">
      {value.toLocaleString("en-US")}
    </Text>
  </div>
)

/** What an import did: rows read, codes imported, and the duplicate and malformed rows by line. */
export const ImportReport = ({ report }: { report: CodeImportReport }) => {
  const duplicates = report.counts?.duplicates ?? report.duplicates.length
  const malformed = report.counts?.malformed ?? report.malformed.length
  return (
    <div className="flex flex-col gap-y-4" role="region" aria-label="Import report">
      <div className="grid grid-cols-4 gap-4">
        <Figure label="Rows" value={report.rows} />
        <Figure label="Imported" value={report.imported} />
        <Figure label="Duplicates" value={duplicates} />
        <Figure label="Malformed" value={malformed} />
      </div>
      <ProblemList
        title="Duplicate rows"
        rows={report.duplicates.map((row) => ({ ...row, reason: duplicateReasonLabel(row.reason) }))}
        total={duplicates}
      />
      <ProblemList title="Malformed rows" rows={report.malformed} total={malformed} />
    </div>
  )
}
