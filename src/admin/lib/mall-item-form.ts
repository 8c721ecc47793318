import type { CouponValueType, MallItem, MallItemBody, MallItemKind, MallLimitPeriod } from "../../types/http"
import type { EntityForm } from "./entity-form"
import { dayBoundary, dayOf, decimalNumber, FormValueError, wholeNumber } from "./form-values"

/** The mall item form as typed: numbers stay strings until submit, dates "YYYY-MM-DD" ("" = none). */
export type MallItemFormValues = {
  name: string
  description: string
  image_url: string
  kind: MallItemKind
  points_price: string
  // variant
  variant_id: string
  /** Points plus money: the money part ("" = points only), paid through the shopper's cart. */
  cash_price: string
  cash_currency_code: string
  // coupon
  value_type: CouponValueType
  value: string
  coupon_currency_code: string
  valid_days: string
  // partner_code
  partner_benefit_id: string
  // availability
  stock: string
  limit_per_member: string
  limit_period: MallLimitPeriod
  tier_ids: string[]
  starts_at: string
  ends_at: string
}

export const emptyMallItemForm = (): MallItemFormValues => ({
  name: "",
  description: "",
  image_url: "",
  kind: "variant",
  points_price: "",
  variant_id: "",
  cash_price: "",
  cash_currency_code: "",
  value_type: "fixed",
  value: "",
  coupon_currency_code: "",
  valid_days: "30",
  partner_benefit_id: "",
  stock: "",
  limit_per_member: "",
  limit_period: "ever",
  tier_ids: [],
  starts_at: "",
  ends_at: "",
})

const text = (value: number | string | null | undefined) => (value == null ? "" : String(value))

export const mallItemToForm = (item: MallItem): MallItemFormValues => ({
  ...emptyMallItemForm(),
  name: item.name,
  description: item.description ?? "",
  image_url: item.image_url ?? "",
  kind: item.kind,
  points_price: text(item.points_price),
  variant_id: item.variant_id ?? "",
  cash_price: text(item.cash_price),
  cash_currency_code: (item.currency_code ?? "").toUpperCase(),
  ...(item.coupon
    ? {
        value_type: item.coupon.value_type,
        value: text(item.coupon.value),
        coupon_currency_code: (item.coupon.currency_code ?? "").toUpperCase(),
        valid_days: text(item.coupon.valid_days),
      }
    : {}),
  partner_benefit_id: item.partner_benefit_id ?? "",
  stock: text(item.stock),
  limit_per_member: text(item.limit_per_member),
  limit_period: item.limit_period,
  tier_ids: item.tier_ids ?? [],
  starts_at: dayOf(item.starts_at),
  ends_at: dayOf(item.ends_at),
})

const required = <T>(value: T | undefined, label: string) => {
  if (value === undefined) {
    throw new FormValueError(`Enter the ${label.toLowerCase()}.`)
  }
  return value
}

/** What the item gives, by its kind; the other kind's fields are not sent. */
function givenBy(values: MallItemFormValues): Pick<MallItemBody, "variant_id" | "coupon" | "partner_benefit_id" | "cash_price" | "currency_code"> {
  if (values.kind === "variant") {
    if (!values.variant_id) {
      throw new FormValueError("Pick the product variant the item gives.")
    }
    const cash = decimalNumber(values.cash_price, "Money part") ?? null
    if (cash !== null && !values.cash_currency_code.trim()) {
      throw new FormValueError("Enter the currency of the money part.")
    }
    return {
      variant_id: values.variant_id,
      coupon: null,
      partner_benefit_id: null,
      cash_price: cash,
      currency_code: cash === null ? null : values.cash_currency_code.trim().toLowerCase(),
    }
  }
  if (values.kind === "coupon") {
    const fixed = values.value_type === "fixed"
    return {
      variant_id: null,
      coupon: {
        value_type: values.value_type,
        value: required(decimalNumber(values.value, fixed ? "Amount off" : "Percentage off"), fixed ? "Amount off" : "Percentage off"),
        ...(fixed && values.coupon_currency_code.trim()
          ? { currency_code: values.coupon_currency_code.trim().toLowerCase() }
          : {}),
        valid_days: required(wholeNumber(values.valid_days, "Valid days"), "Valid days"),
      },
      partner_benefit_id: null,
      cash_price: null,
      currency_code: null,
    }
  }
  if (!values.partner_benefit_id) {
    throw new FormValueError("Pick the partner benefit whose codes the item gives.")
  }
  return { variant_id: null, coupon: null, partner_benefit_id: values.partner_benefit_id, cash_price: null, currency_code: null }
}

/**
 * The request body (`kind` included: an update leaves it out). Typing mistakes throw a
 * `FormValueError`; ranges, a coupon's currency and the window are the server's to judge.
 * Empty optional fields are sent as null (none: unlimited stock, no limit, always).
 */
export function mallItemFormToBody(values: MallItemFormValues): MallItemBody {
  if (!values.name.trim()) {
    throw new FormValueError("Enter the item's name.")
  }
  const limit = wholeNumber(values.limit_per_member, "Limit per customer") ?? null
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    image_url: values.image_url.trim() || null,
    kind: values.kind,
    points_price: required(wholeNumber(values.points_price, "Price in points"), "Price in points"),
    ...givenBy(values),
    stock: wholeNumber(values.stock, "Stock") ?? null,
    limit_per_member: limit,
    limit_period: values.limit_period,
    tier_ids: values.tier_ids,
    starts_at: dayBoundary(values.starts_at, "Starts"),
    ends_at: dayBoundary(values.ends_at, "Ends", true),
  }
}

/** The kind is fixed once created; the toasts call an item an item. */
export const MALL_ITEM_FORM: EntityForm<MallItem, MallItemFormValues, MallItemBody> = {
  noun: "Item",
  thing: "mall item",
  toForm: mallItemToForm,
  empty: emptyMallItemForm,
  toBody: mallItemFormToBody,
  fixed: ["kind"],
}
