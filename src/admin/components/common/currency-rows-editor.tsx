import { ReactNode } from "react"
import { capitalized } from "../../lib/format"
import { CurrencyCell, NumberCell, RowsEditor } from "./rows-editor"

type CurrencyRow = { key: string; currency_code: string }

/** A number column after the currency: `label` names its input after the row ("Earn rate 2 spend rate") and heads it unless `header` does. */
type NumberColumn<R> = {
  field: Exclude<keyof R & string, "key" | "currency_code">
  label: string
  header?: string
  step?: string
  min?: number
  placeholder?: string
}

/** The currency's column, then one per number, then the remove button's. */
const GRID_BY_NUMBERS: Record<number, string> = { 1: "grid-cols-[88px_1fr_32px]", 2: "grid-cols-[88px_1fr_1fr_32px]" }

type CurrencyRowsEditorProps<R extends CurrencyRow> = {
  legend: string
  description: ReactNode
  value: R[]
  onChange: (rows: R[]) => void
  newRow: () => R
  /** What one row is, lower case: "earn rate". */
  item: string
  columns: NumberColumn<R>[]
  minRows?: number
}

/** Rows of a currency and numbers in it (as typed): prices, rates, minimum orders. */
export const CurrencyRowsEditor = <R extends CurrencyRow>({ columns, item, ...editor }: CurrencyRowsEditorProps<R>) => (
  <RowsEditor
    {...editor}
    item={item}
    headers={["Currency", ...columns.map((column) => column.header ?? capitalized(column.label))]}
    gridClassName={GRID_BY_NUMBERS[columns.length]}
    cells={(row, index, update) => (
      <>
        <CurrencyCell
          label={`${capitalized(item)} ${index + 1} currency`}
          value={row.currency_code}
          onChange={(currency_code) => update({ currency_code } as Partial<R>)}
        />
        {columns.map((column) => (
          <NumberCell
            key={column.field}
            label={`${capitalized(item)} ${index + 1} ${column.label}`}
            step={column.step}
            min={column.min}
            placeholder={column.placeholder}
            value={String(row[column.field])}
            onChange={(value) => update({ [column.field]: value } as Partial<R>)}
          />
        ))}
      </>
    )}
  />
)
