import { newPriceRow } from "../../lib/plan-form"
import { CurrencyCell, NumberCell, RowsEditor } from "../common/rows-editor"
import type { PlanFormPartProps } from "./plan-form-types"

/** Rows of currency + amount + optional minimum tier rank; add and remove rows. */
export const PriceRowsEditor = ({ values, set }: PlanFormPartProps) => (
  <RowsEditor
    legend="Prices"
    description="One price per currency for everyone; add a minimum tier rank for a member-tier price."
    headers={["Currency", "Amount", "Min. tier rank"]}
    gridClassName="grid-cols-[88px_1fr_1fr_32px]"
    rows={values.prices}
    onChange={(rows) => set("prices", rows)}
    newRow={newPriceRow}
    item="price"
    minRows={1}
    cells={(row, index, update) => (
      <>
        <CurrencyCell
          label={`Price ${index + 1} currency`}
          value={row.currency_code}
          onChange={(currency_code) => update({ currency_code })}
        />
        <NumberCell
          label={`Price ${index + 1} amount`}
          step="0.01"
          placeholder="88.00"
          value={row.amount}
          onChange={(amount) => update({ amount })}
        />
        <NumberCell
          label={`Price ${index + 1} minimum tier rank`}
          min={1}
          placeholder="Everyone"
          value={row.min_tier_rank}
          onChange={(min_tier_rank) => update({ min_tier_rank })}
        />
      </>
    )}
  />
)
