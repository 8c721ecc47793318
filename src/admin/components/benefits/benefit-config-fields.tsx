import { Text } from "@medusajs/ui"
import type { ComponentType } from "react"
import { Link } from "react-router-dom"
import type { BenefitType } from "../../../types/http"
import { usePartnerOptions } from "../../hooks/partners"
import { DISCOUNT_SCOPE_OPTIONS } from "../../lib/benefit-display"
import { BenefitFormValues, newMinSubtotalRow } from "../../lib/benefit-form"
import { CODE_SOURCE_OPTIONS, ENTITLEMENT_OPTIONS } from "../../lib/partner-display"
import { CurrencyRowsEditor } from "../common/currency-rows-editor"
import { fieldBinder, type FormPartProps } from "../common/form-values"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"
import { SwitchField } from "../common/switch-field"
import { TextField } from "../common/text-field"
import { CouponValueFields } from "../coupons/coupon-value-fields"
import { CategoryPicker, CollectionPicker, ShippingOptionPicker } from "./store-pickers"

type Props = FormPartProps<BenefitFormValues>

/** The fields' ids follow their names: "benefit-low-stock-threshold". */
const benefitFields = (props: Props) => fieldBinder(props, "benefit")

const MemberPriceNote = () => (
  <Text size="small" className="text-ui-fg-subtle bg-ui-bg-subtle shadow-borders-base rounded-lg px-4 py-3">
    Member prices are set per product variant. This benefit says that they apply to the members it is granted to.
  </Text>
)

const PointsMultiplierField = (props: Props) => (
  <NumberField
    label="Points multiplier"
    step="any"
    hint="Members earn their points times this; more than 1, up to 100."
    min={1}
    {...benefitFields(props)("multiplier")}
  />
)

const IdentityField = (props: Props) => (
  <TextField label="Label" hint="What members carry, e.g. on their account page." placeholder="PLUS member" {...benefitFields(props)("label")} />
)

const MemberDiscountFields = (props: Props) => {
  const field = benefitFields(props)
  const { scope } = props.values
  return (
    <>
      <div className="grid grid-cols-2 gap-4">
        <NumberField label="Percentage" hint="More than 0, up to 100." min={0} max={100} step="any" {...field("percentage")} />
        <SelectField label="Applies to" options={DISCOUNT_SCOPE_OPTIONS} {...field("scope")} />
      </div>
      {scope === "categories" && <CategoryPicker {...props} />}
      {scope === "collections" && <CollectionPicker {...props} />}
    </>
  )
}

const FreeShippingFields = (props: Props) => {
  const field = benefitFields(props)
  return (
    <>
      <SwitchField label="Every shipping option" {...field("all_shipping_options")} />
      {!props.values.all_shipping_options && <ShippingOptionPicker {...props} />}
      <CurrencyRowsEditor
        legend="Minimum order"
        description="The subtotal an order needs per currency to ship free; none = every order."
        item="minimum"
        newRow={newMinSubtotalRow}
        columns={[{ field: "amount", label: "amount", header: "Minimum subtotal", step: "0.01", placeholder: "50.00" }]}
        {...field("min_subtotal")}
      />
    </>
  )
}

const CouponDropFields = (props: Props) => {
  const field = benefitFields(props)
  return (
    <>
      <div className="grid grid-cols-2 gap-4">
        <NumberField label="Codes per month" hint="1 to 20 per member." min={1} max={20} {...field("codes_per_month")} />
        <NumberField label="Valid days" hint="How long a code lasts; 1 to 366." min={1} max={366} {...field("valid_days")} />
      </div>
      <CouponValueFields idPrefix="benefit" valueType={field("value_type")} value={field("value")} />
      {props.values.value_type === "fixed" && (
        <TextField label="Coupon currency" placeholder="EUR" {...field("coupon_currency_code")} />
      )}
    </>
  )
}

const ServiceFields = (props: Props) => {
  const field = benefitFields(props)
  return (
    <>
      <TextField multiline label="Details (optional)" hint="What the service is, as members read it." {...field("details")} />
      <TextField label="Contact (optional)" placeholder="support@example.com" {...field("contact")} />
    </>
  )
}

const PartnerFields = (props: Props) => {
  const field = benefitFields(props)
  const partners = usePartnerOptions()
  const options = partners.data ?? []
  return (
    <>
      {!partners.isLoading && !options.length ? (
        <Text size="small" className="text-ui-fg-subtle bg-ui-bg-subtle shadow-borders-base rounded-lg px-4 py-3">
          No partners yet: create one on the{" "}
          <Link to="/membership/partners" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            Partners page
          </Link>{" "}
          first.
        </Text>
      ) : (
        <SelectField
          label="Partner"
          hint="Who redeems the codes. It cannot change once the benefit has codes."
          options={options}
          {...field("partner_id")}
        />
      )}
      <div className="grid grid-cols-2 gap-4">
        <SelectField label="Members may claim" options={ENTITLEMENT_OPTIONS} {...field("entitlement")} />
        <SelectField label="Codes" options={CODE_SOURCE_OPTIONS} {...field("code_source")} />
      </div>
      <div className="grid grid-cols-3 gap-4">
        <NumberField label="Code valid days (optional)" hint="From the claim; empty = no expiry." min={1} {...field("code_valid_days")} />
        <NumberField label="Low stock threshold" hint="Warn when fewer codes are left." min={0} {...field("low_stock_threshold")} />
        <NumberField label="Void window (hours)" hint="The partner may void a redemption this long." min={0} {...field("void_window_hours")} />
      </div>
    </>
  )
}

const FIELDS_BY_TYPE: Record<BenefitType, ComponentType<Props>> = {
  member_price: MemberPriceNote,
  member_discount: MemberDiscountFields,
  free_shipping: FreeShippingFields,
  coupon_drop: CouponDropFields,
  points_multiplier: PointsMultiplierField,
  service: ServiceFields,
  identity: IdentityField,
  partner: PartnerFields,
}

/** The settings of the form's benefit type; the other types' fields are not shown (nor sent). */
export const BenefitConfigFields = (props: Props) => {
  const Fields = FIELDS_BY_TYPE[props.values.type]
  return <Fields {...props} />
}
