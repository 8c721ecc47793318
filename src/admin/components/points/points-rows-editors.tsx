import { useTierOptions } from "../../hooks/membership-tiers"
import { newPointsEarnRateRow, newRedemptionRateRow, newTierMultiplierRow, PointsProgramFormValues } from "../../lib/points-program-form"
import { CurrencyRowsEditor } from "../common/currency-rows-editor"
import { fieldBinder, type FormPartProps } from "../common/form-values"
import { MultipliersEditor } from "../common/multipliers-editor"

type Props = FormPartProps<PointsProgramFormValues>

/** Per currency: the points one unit paid earns, and the smallest order that earns any. */
export const PointsEarnRatesEditor = (props: Props) => (
  <CurrencyRowsEditor
    legend="Earn rates"
    description="Points per unit of money paid in each currency, and the smallest order that earns; orders in other currencies earn nothing."
    item="earn rate"
    newRow={newPointsEarnRateRow}
    columns={[
      { field: "points_per_unit", label: "points per unit", step: "any" },
      { field: "min_order", label: "minimum order", step: "0.01" },
    ]}
    {...fieldBinder(props)("earn_rates")}
  />
)

/** Per currency: the points one unit of money costs at checkout. */
export const RedemptionRatesEditor = (props: Props) => (
  <CurrencyRowsEditor
    legend="Redemption rates"
    description="Points that pay one unit of money at checkout; carts in other currencies cannot use points."
    item="redemption rate"
    newRow={newRedemptionRateRow}
    columns={[{ field: "points_per_unit", label: "points per unit", step: "any" }]}
    {...fieldBinder(props)("redemption_rates")}
  />
)

/** Tiers whose holders earn their order points times a multiplier. */
export const TierMultipliersEditor = (props: Props) => (
  <MultipliersEditor
    legend="Tier multipliers"
    description="Holders of these tiers earn their order points times the multiplier (a points multiplier benefit multiplies too)."
    of="tier"
    idField="tier_id"
    options={useTierOptions().options}
    newRow={newTierMultiplierRow}
    {...fieldBinder(props)("tier_multipliers")}
  />
)
