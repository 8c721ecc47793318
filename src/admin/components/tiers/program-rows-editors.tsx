import { usePlans } from "../../hooks/membership-plans"
import { newEarnRateRow, newPlanMultiplierRow, ProgramFormValues } from "../../lib/tier-program-form"
import type { FormPartProps } from "../common/form-values"
import { CurrencyRatesEditor } from "../common/currency-rates-editor"
import { NumberCell, RowsEditor } from "../common/rows-editor"
import { PlanSelect } from "../plans/plan-select"

type Props = FormPartProps<ProgramFormValues>

/** Per currency: the growth one unit spent earns, and what one unit counts as in RFM spend. */
export const EarnRatesEditor = ({ values, set }: Props) => (
  <CurrencyRatesEditor
    legend="Earn rates"
    description="The growth one unit spent in each currency earns, and what one unit counts as in RFM spend (1 for your main currency)."
    gridClassName="grid-cols-[88px_1fr_1fr_32px]"
    rows={values.earn_rates}
    onChange={(rows) => set("earn_rates", rows)}
    newRow={newEarnRateRow}
    item="earn rate"
    columns={[
      { field: "growth_per_unit", header: "Growth per unit", label: "growth per unit", step: "0.01" },
      { field: "spend_rate", header: "Spend rate", label: "spend rate", step: "0.0001" },
    ]}
  />
)

/** Paid plans that multiply the growth their members earn. */
export const PlanMultipliersEditor = ({ values, set }: Props) => {
  const { data } = usePlans({ limit: 100, offset: 0 })
  return (
    <RowsEditor
      legend="Plan multipliers"
      description="Members of these plans earn their order growth times the multiplier."
      headers={["Plan", "Multiplier"]}
      gridClassName="grid-cols-[1fr_120px_32px]"
      rows={values.plan_multipliers}
      onChange={(rows) => set("plan_multipliers", rows)}
      newRow={newPlanMultiplierRow}
      item="plan multiplier"
      cells={(row, index, update) => (
        <>
          <PlanSelect
            label={`Plan multiplier ${index + 1} plan`}
            plans={data?.plans ?? []}
            value={row.plan_id}
            onChange={(plan_id) => update({ plan_id })}
          />
          <NumberCell
            label={`Plan multiplier ${index + 1} multiplier`}
            step="0.1"
            value={row.multiplier}
            onChange={(multiplier) => update({ multiplier })}
          />
        </>
      )}
    />
  )
}
