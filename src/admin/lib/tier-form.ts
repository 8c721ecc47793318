import type { MembershipTier, PreviewTier, TierBody } from "../../types/http"
import { FormValueError, wholeNumber } from "./form-values"

/** The tier form as typed: numbers stay strings until submit; `badge_icon` "" = no icon. */
export type TierFormValues = {
  name: string
  rank: string
  threshold: string
  rfm_min_spend: string
  rfm_min_orders: string
  badge_label: string
  badge_color: string
  badge_icon: string
  description: string
}

/** A new tier ranks above the saved ones. */
export const emptyTierForm = (saved: MembershipTier[]): TierFormValues => ({
  name: "",
  rank: String(Math.max(0, ...saved.map((tier) => tier.rank)) + 1),
  threshold: "",
  rfm_min_spend: "0",
  rfm_min_orders: "0",
  badge_label: "",
  badge_color: "",
  badge_icon: "",
  description: "",
})

export const tierToForm = (tier: MembershipTier): TierFormValues => ({
  name: tier.name,
  rank: String(tier.rank),
  threshold: String(tier.threshold),
  rfm_min_spend: String(tier.rfm_min_spend ?? 0),
  rfm_min_orders: String(tier.rfm_min_orders ?? 0),
  badge_label: tier.badge_label ?? "",
  badge_color: tier.badge_color ?? "",
  badge_icon: tier.badge_icon ?? "",
  description: tier.description ?? "",
})

const required = <T>(value: T | undefined, label: string) => {
  if (value === undefined) {
    throw new FormValueError(`Enter the ${label.toLowerCase()}.`)
  }
  return value
}

/**
 * The request body for the form's values. Typing mistakes the server could not even receive
 * throw a `FormValueError`; the rest (a rank already taken…) is the server's to judge. An empty
 * badge field or description is sent as null (none).
 */
export function tierFormToBody(values: TierFormValues): TierBody {
  if (!values.name.trim()) {
    throw new FormValueError("Enter the tier's name.")
  }
  return {
    name: values.name.trim(),
    rank: required(wholeNumber(values.rank, "Rank"), "Rank"),
    threshold: required(wholeNumber(values.threshold, "Threshold"), "Threshold"),
    rfm_min_spend: wholeNumber(values.rfm_min_spend, "RFM minimum spend") ?? 0,
    rfm_min_orders: wholeNumber(values.rfm_min_orders, "RFM minimum orders") ?? 0,
    badge_label: values.badge_label.trim() || null,
    badge_color: values.badge_color.trim() || null,
    badge_icon: values.badge_icon || null,
    description: values.description.trim() || null,
  }
}

const asPreviewTier = (tier: Pick<TierBody, "name" | "rank" | "threshold" | "rfm_min_spend" | "rfm_min_orders">) => ({
  name: tier.name,
  rank: tier.rank,
  threshold: tier.threshold,
  rfm_min_spend: tier.rfm_min_spend,
  rfm_min_orders: tier.rfm_min_orders,
})

/** The full tier list the preview takes: the saved tiers with `body` added (no `id`) or in place of tier `id`. */
export function previewTiers(saved: MembershipTier[], id: string | null, body: TierBody): PreviewTier[] {
  const others = saved.filter((tier) => tier.id !== id).map((tier) => ({ id: tier.id, ...asPreviewTier(tier) }))
  return [...others, { ...(id ? { id } : {}), ...asPreviewTier(body) }]
}
