import { useQuery } from "@tanstack/react-query"
import type { BenefitList, BenefitListParams, CreateBenefitBody, Deleted, MembershipBenefit, UpdateBenefitBody } from "../../types/http"
import { sdk } from "../lib/sdk"
import { crudMutations, useAdminQuery, usePagedQuery } from "./admin-queries"

export const benefitsKey = ["membership", "benefits"] as const
const BENEFITS_PATH = "/admin/membership/benefits"

export function useBenefits(params: BenefitListParams) {
  return usePagedQuery<BenefitList>([...benefitsKey, "list", params], BENEFITS_PATH, params)
}

export function useBenefit(id: string | null | undefined) {
  return useAdminQuery<{ benefit: MembershipBenefit }>([...benefitsKey, "detail", id], `${BENEFITS_PATH}/${id}`, { enabled: !!id })
}

/**
 * Every change makes the lists (and the changed benefit) stale. An update is partial:
 * `{ status: "archived" }` archives the benefit, `{ status: "active" }` reactivates it.
 */
export const {
  useCreate: useCreateBenefit,
  useUpdate: useUpdateBenefit,
  useDelete: useDeleteBenefit,
} = crudMutations<{ benefit: MembershipBenefit }, CreateBenefitBody, UpdateBenefitBody, Deleted<"membership_benefit">>(BENEFITS_PATH, [benefitsKey])

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
