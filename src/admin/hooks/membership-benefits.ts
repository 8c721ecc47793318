import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { crudMutations, useAdminQuery, usePagedQuery } from "./admin-queries"

// The benefits catalogue, as the admin API returns it (issue 5's contract).

export type BenefitType =
  | "member_price"
  | "member_discount"
  | "free_shipping"
  | "coupon_drop"
  | "points_multiplier"
  | "service"
  | "identity"
  | "partner"
export type BenefitStatus = "active" | "archived"
export type DiscountScope = "order" | "categories" | "collections"
export type CouponValueType = "fixed" | "percentage"
export type PartnerEntitlement = "period" | "month" | "ever"
export type PartnerCodeSource = "pool" | "generated"

/** A minimum order subtotal in one currency, in major units. */
export type MinSubtotal = { currency_code: string; amount: number }

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
    min_subtotal: MinSubtotal[]
  }
  coupon_drop: {
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

export type BenefitList = { benefits: MembershipBenefit[]; count: number; offset: number; limit: number }

/** What create and update both take; update is partial, takes no `type`, and its config must match the benefit's type. */
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
export type UpdateBenefitBody = Partial<BenefitFields>

export type BenefitListParams = {
  limit: number
  offset: number
  q?: string
  type?: BenefitType
  status?: BenefitStatus
  plan_id?: string
  tier_id?: string
}

export const benefitsKey = ["membership", "benefits"] as const
const BENEFITS_PATH = "/admin/membership/benefits"

export function useBenefits(params: BenefitListParams) {
  return usePagedQuery<BenefitList>([...benefitsKey, "list", params], BENEFITS_PATH, params)
}

export function useBenefit(id: string | null | undefined) {
  return useAdminQuery<{ benefit: MembershipBenefit }>([...benefitsKey, "detail", id], `${BENEFITS_PATH}/${id}`, { enabled: !!id })
}

type DeletedBenefit = { id: string; object: "membership_benefit"; deleted: boolean }

/**
 * Every change makes the lists (and the changed benefit) stale. An update is partial:
 * `{ status: "archived" }` archives the benefit, `{ status: "active" }` reactivates it.
 */
export const {
  useCreate: useCreateBenefit,
  useUpdate: useUpdateBenefit,
  useDelete: useDeleteBenefit,
} = crudMutations<{ benefit: MembershipBenefit }, CreateBenefitBody, UpdateBenefitBody, DeletedBenefit>(BENEFITS_PATH, [benefitsKey])

// What a benefit's config points at, for the drawer's pickers: the store's categories,
// collections and shipping options (the first 100 of each; a store with more is rare here).

export type PickerOption = { value: string; label: string }

const PICKER_LIMIT = 100

const usePickerOptions = (resource: string, load: () => Promise<PickerOption[]>) =>
  useQuery({ queryKey: [resource, "benefit-picker"], queryFn: load })

export const useCategoryOptions = () =>
  usePickerOptions("product-categories", async () => {
    const { product_categories } = await sdk.admin.productCategory.list({ limit: PICKER_LIMIT, fields: "id,name" })
    return product_categories.map((category) => ({ value: category.id, label: category.name }))
  })

export const useCollectionOptions = () =>
  usePickerOptions("product-collections", async () => {
    const { collections } = await sdk.admin.productCollection.list({ limit: PICKER_LIMIT, fields: "id,title" })
    return collections.map((collection) => ({ value: collection.id, label: collection.title }))
  })

export const useShippingOptionOptions = () =>
  usePickerOptions("shipping-options", async () => {
    const { shipping_options } = await sdk.admin.shippingOption.list({ limit: PICKER_LIMIT, fields: "id,name" })
    return shipping_options.map((option) => ({ value: option.id, label: option.name }))
  })
