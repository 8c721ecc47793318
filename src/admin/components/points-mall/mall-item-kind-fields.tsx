import type { MallItemFormValues } from "../../lib/mall-item-form"
import { fieldBinder, type FormPartProps } from "../common/form-values"
import { NumberField } from "../common/number-field"
import { TextField } from "../common/text-field"
import { CouponValueFields } from "../coupons/coupon-value-fields"
import { PartnerBenefitPicker } from "./partner-benefit-picker"
import { VariantPicker } from "./variant-picker"

type Props = FormPartProps<MallItemFormValues>

/** What the item gives, by its kind: a product variant (and an optional money part), the coupon it issues, or a partner benefit's codes. */
export const MallItemKindFields = (props: Props) => {
  const field = fieldBinder(props)
  if (props.values.kind === "variant") {
    return (
      <>
        <VariantPicker {...field("variant_id")} />
        <div className="grid grid-cols-2 gap-4">
          <NumberField
            id="mall-cash-price"
            label="Money part (optional)"
            hint="Points plus money: shoppers add the item to their cart and pay this at checkout."
            min={0}
            step="any"
            {...field("cash_price")}
          />
          <TextField id="mall-cash-currency" label="Money currency" placeholder="EUR" {...field("cash_currency_code")} />
        </div>
      </>
    )
  }
  if (props.values.kind === "partner_code") {
    return <PartnerBenefitPicker {...field("partner_benefit_id")} />
  }
  return (
    <>
      <CouponValueFields idPrefix="mall-coupon" valueType={field("value_type")} value={field("value")} />
      <div className="grid grid-cols-2 gap-4">
        {props.values.value_type === "fixed" && (
          <TextField id="mall-coupon-currency" label="Coupon currency" placeholder="EUR" {...field("coupon_currency_code")} />
        )}
        <NumberField id="mall-coupon-valid-days" label="Valid days" hint="How long a code lasts after redemption." min={1} {...field("valid_days")} />
      </div>
    </>
  )
}
