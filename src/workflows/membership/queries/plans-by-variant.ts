import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SoldPlan } from "../../../modules/membership"

/** The plans sold through these variants, by variant id; variants that sell no plan are absent. */
export async function plansByVariant(
  container: MedusaContainer,
  variantIds: (string | null | undefined)[]
): Promise<Map<string, SoldPlan & { trial_days: number }>> {
  const ids = [...new Set(variantIds.filter((id): id is string => Boolean(id)))]
  const result = new Map<string, SoldPlan & { trial_days: number }>()
  if (!ids.length) {
    return result
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "membership_plan.id", "membership_plan.name", "membership_plan.status", "membership_plan.trial_days"],
    filters: { id: ids },
  })
  for (const variant of data as { id: string; membership_plan?: (SoldPlan & { trial_days: number }) | null }[]) {
    if (variant.membership_plan) {
      result.set(variant.id, variant.membership_plan)
    }
  }
  return result
}
