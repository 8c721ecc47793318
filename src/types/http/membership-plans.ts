import type { PageParams, Page } from "./common"

export const PLAN_STATUSES = ["active", "archived"] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export const PLAN_INTERVALS = ["day", "month", "year"] as const
export type PlanInterval = (typeof PLAN_INTERVALS)[number]

export const REFUND_POLICIES = ["benefits_used", "prorated", "none"] as const
export type RefundPolicy = (typeof REFUND_POLICIES)[number]

/** A plan price in one currency, in major units. With `min_tier_rank`, only shoppers of that tier rank or above pay it. */
export type PlanPriceInput = {
  currency_code: string
  amount: number
  min_tier_rank?: number | null
}

/** A plan's billing and cancellation terms. */
export type PlanTermsInput = {
  interval?: PlanInterval
  interval_count?: number
  trial_days?: number
  grace_days?: number
  dunning_offsets?: number[]
  refund_policy?: RefundPolicy
}

/** A plan price as the admin routes answer it. */
export type PlanPrice = { currency_code: string; amount: number; min_tier_rank: number | null }

/** `GET /admin/membership/plans/:id` → `{ plan }`. */
export type MembershipPlan = {
  id: string
  name: string
  handle: string
  description: string | null
  status: PlanStatus
  interval: PlanInterval
  interval_count: number
  trial_days: number
  grace_days: number
  dunning_offsets: number[]
  refund_policy: RefundPolicy
  metadata: Record<string, unknown> | null
  prices: PlanPrice[]
  /** The product and variant that sell the plan. */
  product_id: string | null
  variant_id: string | null
  created_at: string
  updated_at: string
}

export type PlanList = Page & { plans: MembershipPlan[] }

export type PlanListParams = PageParams & { status?: PlanStatus; q?: string; order?: string }

/** What `POST /admin/membership/plans` and `POST /admin/membership/plans/:id` both take. */
type PlanFields = PlanTermsInput & {
  description?: string | null
  status?: PlanStatus
  metadata?: Record<string, unknown> | null
  prices?: PlanPriceInput[]
}
export type CreatePlanBody = PlanFields & { name: string; handle?: string }
/** Partial; the handle cannot change. */
export type UpdatePlanBody = PlanFields & { name?: string }

/** `GET /store/membership/plans`: a plan a shopper can buy, with what this shopper would pay. */
export type StorePlan = Pick<MembershipPlan, "id" | "name" | "handle" | "description" | "interval" | "interval_count" | "trial_days"> & {
  /** What a storefront adds to the cart. */
  variant_id: string | null
  /** `trial`: the free trial's zero price. */
  price: { amount: number; currency_code: string; trial: boolean } | null
}

export type StorePlanList = Page & { plans: StorePlan[] }

/** Prices in `currency_code` (default: the store's) or in the region's currency. */
export type StorePlanListParams = PageParams & { order?: string; currency_code?: string; region_id?: string }
