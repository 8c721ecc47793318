import { newPriceRow } from "../../lib/plan-form"
import { CurrencyRowsEditor } from "../common/currency-rows-editor"
import { planFieldBinder, type PlanFormPartProps } from "./plan-form-types"

/** Rows of currency + amount + optional minimum tier rank; add and remove rows. */
export const PriceRowsEditor = (props: PlanFormPartProps) => (
  <CurrencyRowsEditor
    legend="Prices"
    description="One price per currency for everyone; add a minimum tier rank for a member-tier price."
    item="price"
    newRow={newPriceRow}
    minRows={1}
    columns={[
      { field: "amount", label: "amount", step: "0.01", placeholder: "88.00" },
      { field: "min_tier_rank", label: "minimum tier rank", header: "Min. tier rank", min: 1, placeholder: "Everyone" },
    ]}
    {...planFieldBinder(props)("prices")}
  />
)
