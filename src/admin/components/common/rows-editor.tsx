import { Plus, Trash } from "@medusajs/icons"
import { Button, clx, IconButton, Input } from "@medusajs/ui"
import { ReactNode } from "react"
import { FieldsetLegend } from "./fieldset-legend"

type RowsEditorProps<R extends { key: string }> = {
  legend: string
  description?: ReactNode
  /** The column headings, without the remove button's column. */
  headers: string[]
  /** The grid's columns, the remove button's last: `grid-cols-[88px_1fr_32px]`. */
  gridClassName: string
  /** The rows, as a form field holds them. */
  value: R[]
  onChange: (rows: R[]) => void
  newRow: () => R
  /** What one row is, lower case: "price" → "Add price", "Remove price 2". */
  item: string
  /** The fewest rows the editor keeps (the last ones cannot be removed). */
  minRows?: number
  /** A row's inputs, one per header; `update` patches this row. */
  cells: (row: R, index: number, update: (patch: Partial<R>) => void) => ReactNode
}

/** Rows of inputs under column headings; add and remove rows. */
export const RowsEditor = <R extends { key: string }>({
  legend,
  description,
  headers,
  gridClassName,
  value: rows,
  onChange,
  newRow,
  item,
  minRows = 0,
  cells,
}: RowsEditorProps<R>) => {
  const update = (key: string) => (patch: Partial<R>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))

  return (
    <fieldset className="flex flex-col gap-y-2">
      <FieldsetLegend label={legend} hint={description} />
      {rows.length > 0 && (
        <div className={clx("grid items-center gap-2 text-ui-fg-subtle txt-compact-xsmall-plus", gridClassName)} aria-hidden>
          {headers.map((header) => (
            <span key={header}>{header}</span>
          ))}
          <span />
        </div>
      )}
      {rows.map((row, index) => (
        <div key={row.key} className={clx("grid items-center gap-2", gridClassName)}>
          {cells(row, index, update(row.key))}
          <IconButton
            variant="transparent"
            type="button"
            aria-label={`Remove ${item} ${index + 1}`}
            disabled={rows.length <= minRows}
            onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button size="small" variant="secondary" type="button" onClick={() => onChange([...rows, newRow()])}>
          <Plus />
          Add {item}
        </Button>
      </div>
    </fieldset>
  )
}

type CellProps = { label: string; value: string; onChange: (value: string) => void; placeholder?: string }

/** A three-letter currency code cell, upper case as typed. */
export const CurrencyCell = ({ label, value, onChange, placeholder = "EUR" }: CellProps) => (
  <Input
    aria-label={label}
    placeholder={placeholder}
    maxLength={3}
    value={value}
    onChange={(e) => onChange(e.target.value.toUpperCase())}
  />
)

/** A number cell; the value stays as typed until the form is sent. */
export const NumberCell = ({ label, value, onChange, placeholder, min = 0, step }: CellProps & { min?: number; step?: string }) => (
  <Input
    type="number"
    min={min}
    step={step}
    aria-label={label}
    placeholder={placeholder}
    value={value}
    onChange={(e) => onChange(e.target.value)}
  />
)
