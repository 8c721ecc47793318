import { capitalized } from "../../lib/format"
import type { SelectOption } from "./select-items"
import { RowSelect } from "./row-select"
import { NumberCell, RowsEditor } from "./rows-editor"

type MultiplierRow<K extends string> = { key: string; multiplier: string } & Record<K, string>

type MultipliersEditorProps<K extends string, R extends MultiplierRow<K>> = {
  legend: string
  description: string
  /** What each row multiplies for: "tier" (its id in `row[idField]`, "" = none picked yet). */
  of: string
  idField: K
  options: SelectOption[]
  value: R[]
  onChange: (rows: R[]) => void
  newRow: () => R
}

/** Rows of a saved thing (a plan, a tier) and the multiplier its members earn with. */
export const MultipliersEditor = <K extends string, R extends MultiplierRow<K>>({
  of,
  idField,
  options,
  ...editor
}: MultipliersEditorProps<K, R>) => {
  const item = `${of} multiplier`
  return (
    <RowsEditor
      {...editor}
      item={item}
      headers={[capitalized(of), "Multiplier"]}
      gridClassName="grid-cols-[1fr_120px_32px]"
      cells={(row, index, update) => (
        <>
          <RowSelect
            label={`${capitalized(item)} ${index + 1} ${of}`}
            options={options}
            placeholder={`Pick a ${of}`}
            value={row[idField]}
            onChange={(id) => update({ [idField]: id } as Partial<R>)}
          />
          <NumberCell
            label={`${capitalized(item)} ${index + 1} multiplier`}
            step="0.1"
            value={row.multiplier}
            onChange={(multiplier) => update({ multiplier } as Partial<R>)}
          />
        </>
      )}
    />
  )
}
