import type { CouponValueType } from "../../../types/http"
import { COUPON_VALUE_TYPE_OPTIONS } from "../../lib/benefit-display"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"

type Bound<T> = { value: T; onChange: (value: T) => void }

type CouponValueFieldsProps = {
  /** Prefixes the inputs' ids: `${idPrefix}-value-type`, `${idPrefix}-value`. */
  idPrefix: string
  valueType: Bound<CouponValueType>
  value: Bound<string>
}

/** What a coupon takes off: a percentage, or a fixed amount (in a currency the form asks for below). */
export const CouponValueFields = ({ idPrefix, valueType, value }: CouponValueFieldsProps) => {
  const fixed = valueType.value === "fixed"
  return (
    <div className="grid grid-cols-2 gap-4">
      <SelectField id={`${idPrefix}-value-type`} label="Coupon value" options={COUPON_VALUE_TYPE_OPTIONS} {...valueType} />
      <NumberField
        id={`${idPrefix}-value`}
        label={fixed ? "Amount off" : "Percentage off"}
        hint={fixed ? "In the currency below." : "Up to 100."}
        min={0}
        step="any"
        {...value}
      />
    </div>
  )
}
