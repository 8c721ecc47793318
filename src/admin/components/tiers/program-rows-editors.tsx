import { usePlanOptions } from "../../hooks/membership-plans"
import { newEarnRateRow, newPlanMultiplierRow, ProgramFormValues } from "../../lib/tier-program-form"
import { CurrencyRowsEditor } from "../common/currency-rows-editor"
import { fieldBinder, type FormPartProps } from "../common/form-values"
import { MultipliersEditor } from "../common/multipliers-editor"

type Props = FormPartProps<ProgramFormValues>

/** Per currency: the growth one unit spent earns, and what one unit counts as in RFM spend. */
export const EarnRatesEditor = (props: Props) => (
  <CurrencyRowsEditor
    legend="Earn rates"
    description="The growth one unit spent in each currency earns, and what one unit counts as in RFM spend (1 for your main currency)."
    item="earn rate"
    newRow={newEarnRateRow}
    columns={[
      { field: "growth_per_unit", label: "growth per unit", step: "0.01" },
      { field: "spend_rate", label: "spend rate", step: "0.0001" },
    ]}
    {...fieldBinder(props)("earn_rates")}
  />
)

/** Paid plans that multiply the growth their members earn. */
export const PlanMultipliersEditor = (props: Props) => (
  <MultipliersEditor
    legend="Plan multipliers"
    description="Members of these plans earn their order growth times the multiplier."
    of="plan"
    idField="plan_id"
    options={usePlanOptions().options}
    newRow={newPlanMultiplierRow}
    {...fieldBinder(props)("plan_multipliers")}
  />
)
