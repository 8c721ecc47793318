import type { Page, PageParams } from "./common"
import type { CouponValueType } from "./coupons"

export const BENEFIT_TYPES = [
  "member_price",
  "member_discount",
  "free_shipping",
  "coupon_drop",
  "points_multiplier",
  "service",
  "identity",
  "partner",
] as const
export type BenefitType = (typeof BENEFIT_TYPES)[number]

export const BENEFIT_STATUSES = ["active", "archived"] as const
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number]

/** What a member discount is off: the whole order, or chosen categories or collections. */
export const DISCOUNT_SCOPES = ["order", "categories", "collections"] as const
export type DiscountScope = (typeof DISCOUNT_SCOPES)[number]

/** How often a member may claim a partner benefit's code: once per membership period, calendar month, or ever. */
export const PARTNER_ENTITLEMENTS = ["period", "month", "ever"] as const
export type PartnerEntitlement = (typeof PARTNER_ENTITLEMENTS)[number]

/** Where a partner benefit's codes come from: a pool imported from the partner, or made on claim. */
export const PARTNER_CODE_SOURCES = ["pool", "generated"] as const
export type PartnerCodeSource = (typeof PARTNER_CODE_SOURCES)[number]

/** A minimum order subtotal in one currency, in major units. */
export type MinimumSubtotal = { currency_code: string; amount: number }

export type CouponDropConfig = {
  /** 1..20. */
  codes_per_month: number
  value_type: CouponValueType
  /** > 0; a percentage is <= 100. */
  value: number
  /** Required with value_type "fixed". */
  currency_code?: string
  /** 1..366. */
  valid_days: number
}

/** Each type's settings, as the server validates them. */
export type BenefitConfigs = {
  /** Member prices are set per variant; the benefit says they apply. */
  member_price: Record<string, never>
  member_discount: {
    /** 0 < p <= 100. */
    percentage: number
    scope: DiscountScope
    /** Required and non-empty with scope "categories". */
    category_ids?: string[]
    /** Required and non-empty with scope "collections". */
    collection_ids?: string[]
  }
  free_shipping: {
    /** `null` = every shipping option. */
    shipping_option_ids: string[] | null
    /** May be empty: no minimum. */
    min_subtotal: MinimumSubtotal[]
  }
  coupon_drop: CouponDropConfig
  /** 1 < m <= 100. */
  points_multiplier: { multiplier: number }
  service: { details?: string; contact?: string }
  identity: { label: string }
  /** A co-branded benefit: members claim a code of `partner_id` (imported pool or generated). */
  partner: {
    partner_id: string
    /** How often a member may claim: once per membership period, calendar month, or ever. */
    entitlement?: PartnerEntitlement
    code_source?: PartnerCodeSource
    /** Days a claimed code stays valid; `null` = no expiry (unless the pool row has its own). */
    code_valid_days?: number | null
    /** The admin warns when fewer pool codes than this are left. */
    low_stock_threshold?: number
    /** Hours after a redemption during which the partner may void it. */
    void_window_hours?: number
  }
}
export type BenefitConfig = BenefitConfigs[BenefitType]

export type MembershipBenefit = {
  id: string
  name: string
  description: string | null
  type: BenefitType
  config: BenefitConfig
  /** Members of these plans get the benefit… */
  plan_ids: string[]
  /** …and so do holders of these tiers. */
  tier_ids: string[]
  starts_at: string | null
  ends_at: string | null
  status: BenefitStatus
  /** Estimated cost to the merchant, for reports, in `cost_currency_code`. */
  cost_per_use: number | null
  cost_per_member_month: number | null
  cost_currency_code: string | null
  created_at: string
  updated_at: string
}

export type BenefitList = Page & { benefits: MembershipBenefit[] }

export type BenefitListParams = PageParams & {
  q?: string
  type?: BenefitType
  status?: BenefitStatus
  plan_id?: string
  tier_id?: string
}

/** What create and update both take; dates are ISO 8601 strings. */
type BenefitFields = {
  name: string
  description?: string | null
  config: BenefitConfig
  plan_ids?: string[]
  tier_ids?: string[]
  starts_at?: string | null
  ends_at?: string | null
  status?: BenefitStatus
  cost_per_use?: number | null
  cost_per_member_month?: number | null
  cost_currency_code?: string | null
}
export type CreateBenefitBody = BenefitFields & { type: BenefitType }
/** Partial; takes no `type`, and the config must match the benefit's type. */
export type UpdateBenefitBody = Partial<BenefitFields>

/** What a shopper sees of a benefit, and which plans and tiers give it. */
export type StoreBenefit = Pick<MembershipBenefit, "id" | "name" | "description" | "type" | "config"> & {
  source: { plan_ids: string[]; tier_ids: string[] }
}

/** `GET /store/membership/benefits`: what the shopper has now, and what each plan or the next tier would add. */
export type StoreBenefits = {
  current: StoreBenefit[]
  plans: { plan_id: string; name: string; adds: StoreBenefit[] }[]
  next_tier: { tier_id: string; name: string; adds: StoreBenefit[] } | null
}

/** A benefit a member used, with its value to them (its cost to the merchant). */
export type BenefitUsage = {
  id: string
  customer_id: string
  /** Null for a tier's benefit used without a paid membership. */
  membership_id: string | null
  benefit_id: string | null
  benefit_type: string
  order_id: string | null
  value: number
  /** What returns and refunds of the order gave back. */
  reversed_value: number
  currency_code: string
  used_at: string
}

/** `GET /admin/membership/benefit-usages`: newest first. */
export type BenefitUsageList = Page & { benefit_usages: BenefitUsage[] }

export type BenefitUsageListParams = PageParams & {
  customer_id?: string
  benefit_id?: string
  order_id?: string
  membership_id?: string
}
