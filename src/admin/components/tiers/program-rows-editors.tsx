import { usePlans } from "../../hooks/membership-plans"
import { newEarnRateRow, newPlanMultiplierRow, ProgramFormValues } from "../../lib/tier-program-form"
import type { FormPartProps } from "../common/form-values"
import { CurrencyCell, NumberCell, RowsEditor } from "../common/rows-editor"
import { PlanSelect } from "../plans/plan-select"

type Props = FormPartProps<ProgramFormValues>

/** Per currency: the growth one unit spent earns, and what one unit counts as in RFM spend. */
export const EarnRatesEditor = ({ values, set }: Props) => (
  <RowsEditor
    legend="Earn rates"
    description="The growth one unit spent in each currency earns, and what one unit counts as in RFM spend (1 for your main currency)."
    headers={["Currency", "Growth per unit", "Spend rate"]}
    gridClassName="grid-cols-[88px_1fr_1fr_32px]"
    rows={values.earn_rates}
    onChange={(rows) => set("earn_rates", rows)}
    newRow={newEarnRateRow}
    item="earn rate"
    cells={(row, index, update) => (
      <>
        <CurrencyCell
          label={`Earn rate ${index + 1} currency`}
          value={row.currency_code}
          onChange={(currency_code) => update({ currency_code })}
        />
        <NumberCell
          label={`Earn rate ${index + 1} growth per unit`}
          step="0.01"
          value={row.growth_per_unit}
          onChange={(growth_per_unit) => update({ growth_per_unit })}
        />
        <NumberCell
          label={`Earn rate ${index + 1} spend rate`}
          step="0.0001"
          value={row.spend_rate}
          onChange={(spend_rate) => update({ spend_rate })}
        />
      </>
    )}
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
