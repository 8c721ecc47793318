import { ReactNode } from "react"
import { CurrencyCell, NumberCell, RowsEditor } from "./rows-editor"

type CurrencyRateRow = { key: string; currency_code: string }

/** A number column after the currency: `label` names its input after the row ("Earn rate 2 <label>"). */
type RateColumn<R> = { field: Exclude<keyof R & string, "key" | "currency_code">; header: string; label: string; step: string }

type CurrencyRatesEditorProps<R extends CurrencyRateRow> = {
  legend: string
  description: ReactNode
  /** The currency's column, then one per rate column, then the remove button's. */
  gridClassName: string
  rows: R[]
  onChange: (rows: R[]) => void
  newRow: () => R
  /** What one row is, lower case: "earn rate". */
  item: string
  columns: RateColumn<R>[]
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Rows of a currency and its rates (numbers as typed). */
export const CurrencyRatesEditor = <R extends CurrencyRateRow>({
  columns,
  item,
  ...editor
}: CurrencyRatesEditorProps<R>) => (
  <RowsEditor
    {...editor}
    item={item}
    headers={["Currency", ...columns.map((column) => column.header)]}
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
            value={String(row[column.field])}
            onChange={(value) => update({ [column.field]: value } as Partial<R>)}
          />
        ))}
      </>
    )}
  />
)
