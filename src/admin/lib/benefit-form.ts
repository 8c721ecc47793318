import type {
  BenefitConfig,
  BenefitConfigs,
  BenefitType,
  CouponValueType,
  CreateBenefitBody,
  DiscountScope,
  MembershipBenefit,
  PartnerCodeSource,
  PartnerEntitlement,
} from "../../types/http"
import type { EntityForm } from "./entity-form"
import { dayBoundary, dayOf, decimalNumber, FormValueError, newRowKey, wholeNumber } from "./form-values"

/**
 * The benefit form as typed: numbers stay strings until submit, dates are "YYYY-MM-DD" ("" = none).
 * Every type's config fields live side by side; only the chosen type's are sent.
 */
export type BenefitFormValues = {
  name: string
  description: string
  type: BenefitType
  // member_discount
  percentage: string
  scope: DiscountScope
  category_ids: string[]
  collection_ids: string[]
  // free_shipping
  all_shipping_options: boolean
  shipping_option_ids: string[]
  min_subtotal: MinSubtotalRow[]
  // coupon_drop
  codes_per_month: string
  value_type: CouponValueType
  value: string
  coupon_currency_code: string
  valid_days: string
  // points_multiplier
  multiplier: string
  // service
  details: string
  contact: string
  // identity
  label: string
  // partner
  partner_id: string
  entitlement: PartnerEntitlement
  code_source: PartnerCodeSource
  code_valid_days: string
  low_stock_threshold: string
  void_window_hours: string
  // eligibility, window and cost
  plan_ids: string[]
  tier_ids: string[]
  starts_at: string
  ends_at: string
  cost_per_use: string
  cost_per_member_month: string
  cost_currency_code: string
}

/** One row of the minimum order editor (free shipping), as typed. */
export type MinSubtotalRow = { key: string; currency_code: string; amount: string }

export const newMinSubtotalRow = (row: Partial<Omit<MinSubtotalRow, "key">> = {}): MinSubtotalRow => ({
  key: newRowKey("min-subtotal"),
  currency_code: "",
  amount: "",
  ...row,
})

export const emptyBenefitForm = (): BenefitFormValues => ({
  name: "",
  description: "",
  type: "member_discount",
  percentage: "",
  scope: "order",
  category_ids: [],
  collection_ids: [],
  all_shipping_options: true,
  shipping_option_ids: [],
  min_subtotal: [],
  codes_per_month: "1",
  value_type: "percentage",
  value: "",
  coupon_currency_code: "",
  valid_days: "30",
  multiplier: "2",
  details: "",
  contact: "",
  label: "",
  partner_id: "",
  entitlement: "period",
  code_source: "pool",
  code_valid_days: "",
  low_stock_threshold: "10",
  void_window_hours: "72",
  plan_ids: [],
  tier_ids: [],
  starts_at: "",
  ends_at: "",
  cost_per_use: "",
  cost_per_member_month: "",
  cost_currency_code: "",
})

const text = (value: number | string | null | undefined) => (value == null ? "" : String(value))

/** Each type's saved config as the form holds it (member prices have none). */
const CONFIG_FIELDS: { [T in BenefitType]?: (config: BenefitConfigs[T]) => Partial<BenefitFormValues> } = {
  member_discount: (c) => ({
    percentage: text(c.percentage),
    scope: c.scope ?? "order",
    category_ids: c.category_ids ?? [],
    collection_ids: c.collection_ids ?? [],
  }),
  free_shipping: (c) => ({
    all_shipping_options: c.shipping_option_ids == null,
    shipping_option_ids: c.shipping_option_ids ?? [],
    min_subtotal: (c.min_subtotal ?? []).map((row) =>
      newMinSubtotalRow({ currency_code: row.currency_code.toUpperCase(), amount: String(row.amount) })
    ),
  }),
  coupon_drop: (c) => ({
    codes_per_month: text(c.codes_per_month),
    value_type: c.value_type ?? "percentage",
    value: text(c.value),
    coupon_currency_code: (c.currency_code ?? "").toUpperCase(),
    valid_days: text(c.valid_days),
  }),
  points_multiplier: (c) => ({ multiplier: text(c.multiplier) }),
  service: (c) => ({ details: c.details ?? "", contact: c.contact ?? "" }),
  identity: (c) => ({ label: c.label ?? "" }),
  partner: (c) => ({
    partner_id: c.partner_id ?? "",
    entitlement: c.entitlement ?? "period",
    code_source: c.code_source ?? "pool",
    code_valid_days: text(c.code_valid_days),
    low_stock_threshold: text(c.low_stock_threshold ?? 10),
    void_window_hours: text(c.void_window_hours ?? 72),
  }),
}

/** The form for a saved benefit: its own type's config filled in, the other types' left at their defaults. */
export function benefitToForm(benefit: MembershipBenefit): BenefitFormValues {
  const configFields = CONFIG_FIELDS[benefit.type] as ((config: BenefitConfig) => Partial<BenefitFormValues>) | undefined
  return {
    ...emptyBenefitForm(),
    name: benefit.name,
    description: benefit.description ?? "",
    type: benefit.type,
    plan_ids: benefit.plan_ids ?? [],
    tier_ids: benefit.tier_ids ?? [],
    starts_at: dayOf(benefit.starts_at),
    ends_at: dayOf(benefit.ends_at),
    cost_per_use: text(benefit.cost_per_use),
    cost_per_member_month: text(benefit.cost_per_member_month),
    cost_currency_code: (benefit.cost_currency_code ?? "").toUpperCase(),
    ...configFields?.(benefit.config ?? {}),
  }
}

const required = <T>(value: T | undefined, label: string) => {
  if (value === undefined) {
    throw new FormValueError(`Enter the ${label.toLowerCase()}.`)
  }
  return value
}

const currency = (value: string) => value.trim().toLowerCase()

const minSubtotals = (rows: MinSubtotalRow[]) =>
  rows
    .filter((row) => row.currency_code.trim() || row.amount.trim())
    .map((row, index) => {
      const label = `Minimum ${index + 1}`
      if (!/^[A-Za-z]{3}$/.test(row.currency_code.trim())) {
        throw new FormValueError(`${label}: enter a three-letter currency code, e.g. EUR`)
      }
      return {
        currency_code: currency(row.currency_code),
        amount: required(decimalNumber(row.amount, `${label} amount`), `${label} amount`),
      }
    })

/** The chosen type's config; only what the merchant typed (the server judges ranges and names the field). */
function configFor(values: BenefitFormValues): BenefitConfig {
  switch (values.type) {
    case "member_discount":
      return {
        percentage: required(decimalNumber(values.percentage, "Percentage"), "Percentage"),
        scope: values.scope,
        ...(values.scope === "categories" ? { category_ids: values.category_ids } : {}),
        ...(values.scope === "collections" ? { collection_ids: values.collection_ids } : {}),
      }
    case "free_shipping":
      return {
        shipping_option_ids: values.all_shipping_options ? null : values.shipping_option_ids,
        min_subtotal: minSubtotals(values.min_subtotal),
      }
    case "coupon_drop":
      return {
        codes_per_month: required(wholeNumber(values.codes_per_month, "Codes per month"), "Codes per month"),
        value_type: values.value_type,
        value: required(decimalNumber(values.value, "Value"), "Value"),
        ...(values.value_type === "fixed" && values.coupon_currency_code.trim()
          ? { currency_code: currency(values.coupon_currency_code) }
          : {}),
        valid_days: wholeNumber(values.valid_days, "Valid days") ?? 30,
      }
    case "points_multiplier":
      return { multiplier: required(decimalNumber(values.multiplier, "Multiplier"), "Multiplier") }
    case "service":
      return {
        ...(values.details.trim() ? { details: values.details.trim() } : {}),
        ...(values.contact.trim() ? { contact: values.contact.trim() } : {}),
      }
    case "identity":
      return { label: values.label.trim() }
    case "partner":
      if (!values.partner_id) {
        throw new FormValueError("Choose the partner.")
      }
      return {
        partner_id: values.partner_id,
        entitlement: values.entitlement,
        code_source: values.code_source,
        code_valid_days: wholeNumber(values.code_valid_days, "Code valid days") ?? null,
        low_stock_threshold: wholeNumber(values.low_stock_threshold, "Low stock threshold") ?? 10,
        void_window_hours: wholeNumber(values.void_window_hours, "Void window") ?? 72,
      }
    default:
      return {}
  }
}

/**
 * The request body for the form's values (`type` included: the update route must leave it out).
 * Typing mistakes throw a `FormValueError`; everything else (ranges, unknown ids, a window that
 * ends before it starts, a cost without its currency) is the server's to judge. Empty optional
 * fields are sent as null (none).
 */
export function benefitFormToBody(values: BenefitFormValues): CreateBenefitBody {
  if (!values.name.trim()) {
    throw new FormValueError("Enter the benefit's name.")
  }
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    type: values.type,
    config: configFor(values),
    plan_ids: values.plan_ids,
    tier_ids: values.tier_ids,
    starts_at: dayBoundary(values.starts_at, "Starts"),
    ends_at: dayBoundary(values.ends_at, "Ends", true),
    cost_per_use: decimalNumber(values.cost_per_use, "Cost per use") ?? null,
    cost_per_member_month: decimalNumber(values.cost_per_member_month, "Cost per member-month") ?? null,
    cost_currency_code: currency(values.cost_currency_code) || null,
  }
}

/** The type is fixed once created; an update's config is the benefit's own type's. */
export const BENEFIT_FORM: EntityForm<MembershipBenefit, BenefitFormValues, CreateBenefitBody> = {
  noun: "Benefit",
  thing: "benefit",
  toForm: benefitToForm,
  empty: emptyBenefitForm,
  toBody: benefitFormToBody,
  fixed: ["type"],
}
