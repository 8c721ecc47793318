import type { BenefitConfigs, BenefitType, CouponValueType, DiscountScope, MembershipBenefit } from "../../types/http"
import { formatAmount, formatDate } from "./format"
import { partnerBenefitSummary } from "./partner-display"

export const BENEFIT_TYPE_OPTIONS: { value: BenefitType; label: string; explanation: string }[] = [
  {
    value: "member_discount",
    label: "Member discount",
    explanation: "A percentage off the whole order, or off chosen categories or collections.",
  },
  {
    value: "free_shipping",
    label: "Free shipping",
    explanation: "Free shipping on every option or on chosen ones, above an optional minimum order.",
  },
  { value: "coupon_drop", label: "Coupon drop", explanation: "Coupon codes handed to each member every month." },
  { value: "points_multiplier", label: "Points multiplier", explanation: "Members earn their points times a multiplier." },
  { value: "member_price", label: "Member price", explanation: "Member prices apply; the prices are set per product variant." },
  { value: "service", label: "Service", explanation: "A service members can ask for: priority support, alterations…" },
  { value: "identity", label: "Identity", explanation: "A label members carry, e.g. a badge shown in the store." },
  {
    value: "partner",
    label: "Partner",
    explanation: "A co-branded benefit: members claim a partner's code (e.g. a streaming month), which the partner redeems.",
  },
]

export const DISCOUNT_SCOPE_OPTIONS: { value: DiscountScope; label: string }[] = [
  { value: "order", label: "Whole order" },
  { value: "categories", label: "Categories" },
  { value: "collections", label: "Collections" },
]

export const COUPON_VALUE_TYPE_OPTIONS: { value: CouponValueType; label: string }[] = [
  { value: "percentage", label: "Percentage" },
  { value: "fixed", label: "Fixed amount" },
]

/** "Member discount"; an unknown type as sent. */
export const benefitTypeLabel = (type: BenefitType) =>
  BENEFIT_TYPE_OPTIONS.find((option) => option.value === type)?.label ?? type

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** What the benefit's config amounts to, in a few words: "10% off the whole order". */
export function benefitSummary(benefit: Pick<MembershipBenefit, "type" | "config">) {
  const config = (benefit.config ?? {}) as Partial<BenefitConfigs[BenefitType]>
  switch (benefit.type) {
    case "member_discount": {
      const c = config as Partial<BenefitConfigs["member_discount"]>
      const on =
        c.scope === "categories"
          ? count(c.category_ids?.length ?? 0, "category", "categories")
          : c.scope === "collections"
            ? count(c.collection_ids?.length ?? 0, "collection")
            : "the whole order"
      return `${c.percentage ?? "?"}% off ${on}`
    }
    case "free_shipping": {
      const c = config as Partial<BenefitConfigs["free_shipping"]>
      const options = c.shipping_option_ids ? count(c.shipping_option_ids.length, "shipping option") : "All shipping options"
      const minimums = (c.min_subtotal ?? []).map((row) => formatAmount(row.amount, row.currency_code))
      return minimums.length ? `${options}, orders from ${minimums.join(" / ")}` : options
    }
    case "coupon_drop": {
      const c = config as Partial<BenefitConfigs["coupon_drop"]>
      const value = c.value_type === "fixed" ? formatAmount(c.value, c.currency_code) : `${c.value ?? "?"}%`
      return `${count(c.codes_per_month ?? 0, "code")} a month, ${value} off, valid ${count(c.valid_days ?? 0, "day")}`
    }
    case "points_multiplier":
      return `×${(config as Partial<BenefitConfigs["points_multiplier"]>).multiplier ?? "?"} points`
    case "service":
      return (config as BenefitConfigs["service"]).details || "-"
    case "identity":
      return (config as Partial<BenefitConfigs["identity"]>).label || "-"
    case "partner":
      return partnerBenefitSummary(config as Partial<BenefitConfigs["partner"]>)
    default:
      return "Prices set per variant"
  }
}

/** The names of `ids` among `known` (a deleted one as "Unknown …"). */
const names = (ids: string[], known: { id: string; name: string }[], kind: string) =>
  ids.map((id) => known.find((item) => item.id === id)?.name ?? `Unknown ${kind}`)

/** Who gets the benefit, by name: `{ plans: ["PLUS Annual"], tiers: ["Gold"] }`. */
export function eligibilityNames(
  benefit: Pick<MembershipBenefit, "plan_ids" | "tier_ids">,
  plans: { id: string; name: string }[],
  tiers: { id: string; name: string }[]
) {
  return { plans: names(benefit.plan_ids ?? [], plans, "plan"), tiers: names(benefit.tier_ids ?? [], tiers, "tier") }
}

/** "Always", "From Dec 1, 2026", "Until Dec 31, 2026", or "Dec 1, 2026 – Dec 31, 2026". */
export function activeWindowLabel(benefit: Pick<MembershipBenefit, "starts_at" | "ends_at">) {
  const { starts_at, ends_at } = benefit
  if (starts_at && ends_at) {
    return `${formatDate(starts_at)} – ${formatDate(ends_at)}`
  }
  if (starts_at) {
    return `From ${formatDate(starts_at)}`
  }
  return ends_at ? `Until ${formatDate(ends_at)}` : "Always"
}

/** "EUR 1.50 per use · EUR 2.00 per member-month", or "-" without an estimate. */
export function estimatedCostLabel(
  benefit: Pick<MembershipBenefit, "cost_per_use" | "cost_per_member_month" | "cost_currency_code">
) {
  const parts = [
    benefit.cost_per_use != null && `${formatAmount(benefit.cost_per_use, benefit.cost_currency_code)} per use`,
    benefit.cost_per_member_month != null &&
      `${formatAmount(benefit.cost_per_member_month, benefit.cost_currency_code)} per member-month`,
  ].filter(Boolean)
  return parts.length ? parts.join(" · ") : "-"
}

/** What archiving, reactivating and deleting a benefit mean. */
export const BENEFIT_CHANGES = {
  noun: "Benefit",
  stopping: "Members stop getting this benefit; it stays in the catalogue and can be reactivated.",
  restarting: "Members of its plans and tiers get this benefit again.",
  deleting: "Members lose this benefit at once and it leaves the catalogue. Archive it instead to keep it.",
}
