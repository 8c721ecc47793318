import { useTiers } from "../../hooks/membership-tiers"
import {
  newPointsEarnRateRow,
  newRedemptionRateRow,
  newTierMultiplierRow,
  PointsProgramFormValues,
} from "../../lib/points-program-form"
import type { FormPartProps } from "../common/form-values"
import { RowSelect } from "../common/row-select"
import { CurrencyRatesEditor } from "../common/currency-rates-editor"
import { NumberCell, RowsEditor } from "../common/rows-editor"

type Props = FormPartProps<PointsProgramFormValues>

/** Per currency: the points one unit paid earns, and the smallest order that earns any. */
export const PointsEarnRatesEditor = ({ values, set }: Props) => (
  <CurrencyRatesEditor
    legend="Earn rates"
    description="Points per unit of money paid in each currency, and the smallest order that earns; orders in other currencies earn nothing."
    gridClassName="grid-cols-[88px_1fr_1fr_32px]"
    rows={values.earn_rates}
    onChange={(rows) => set("earn_rates", rows)}
    newRow={newPointsEarnRateRow}
    item="earn rate"
    columns={[
      { field: "points_per_unit", header: "Points per unit", label: "points per unit", step: "any" },
      { field: "min_order", header: "Minimum order", label: "minimum order", step: "0.01" },
    ]}
  />
)

/** Per currency: the points one unit of money costs at checkout. */
export const RedemptionRatesEditor = ({ values, set }: Props) => (
  <CurrencyRatesEditor
    legend="Redemption rates"
    description="Points that pay one unit of money at checkout; carts in other currencies cannot use points."
    gridClassName="grid-cols-[88px_1fr_32px]"
    rows={values.redemption_rates}
    onChange={(rows) => set("redemption_rates", rows)}
    newRow={newRedemptionRateRow}
    item="redemption rate"
    columns={[{ field: "points_per_unit", header: "Points per unit", label: "points per unit", step: "any" }]}
  />
)

/** Tiers are few: the picker lists them all. */
const ALL_TIERS = { limit: 100, offset: 0 }

/** Tiers whose holders earn their order points times a multiplier. */
export const TierMultipliersEditor = ({ values, set }: Props) => {
  const tiers = useTiers(ALL_TIERS).data?.tiers ?? []
  const options = tiers.map((tier) => ({ value: tier.id, label: tier.name }))
  return (
    <RowsEditor
      legend="Tier multipliers"
      description="Holders of these tiers earn their order points times the multiplier (a points multiplier benefit multiplies too)."
      headers={["Tier", "Multiplier"]}
      gridClassName="grid-cols-[1fr_120px_32px]"
      rows={values.tier_multipliers}
      onChange={(rows) => set("tier_multipliers", rows)}
      newRow={newTierMultiplierRow}
      item="tier multiplier"
      cells={(row, index, update) => (
        <>
          <RowSelect
            label={`Tier multiplier ${index + 1} tier`}
            options={options}
            placeholder="Pick a tier"
            value={row.tier_id}
            onChange={(tier_id) => update({ tier_id })}
          />
          <NumberCell
            label={`Tier multiplier ${index + 1} multiplier`}
            step="0.1"
            value={row.multiplier}
            onChange={(multiplier) => update({ multiplier })}
          />
        </>
      )}
    />
  )
}
