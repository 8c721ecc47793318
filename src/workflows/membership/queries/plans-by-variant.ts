import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import PlanProductVariant from "../../../links/plan-product-variant"
import type { SoldPlan } from "../../../modules/membership"
import { readOnceInScope } from "../../common/queries/read-once-in-scope"

type SoldPlanOfVariant = SoldPlan & { trial_days: number }

/**
 * The plans sold through these variants, by variant id; variants that sell no plan are absent.
 * Read from the link table, not through the variants: a cart of goods only (most carts, at
 * every change) costs one statement, not three. `readScope`: see `readOnceInScope`.
 */
export async function plansByVariant(
  container: MedusaContainer,
  variantIds: (string | null | undefined)[],
  readScope?: string
): Promise<Map<string, SoldPlanOfVariant>> {
  const ids = [...new Set(variantIds.filter((id): id is string => Boolean(id)))].sort()
  if (!ids.length) {
    return new Map()
  }
  const entries = await readOnceInScope(container, readScope, `plans-by-variant:${ids.join(",")}`, async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: PlanProductVariant.entryPoint,
      fields: ["product_variant_id", "membership_plan.id", "membership_plan.name", "membership_plan.status", "membership_plan.trial_days"],
      filters: { product_variant_id: ids },
    })
    return (data as { product_variant_id: string; membership_plan?: SoldPlanOfVariant | null }[])
      .filter((row) => row.membership_plan)
      .map((row) => [row.product_variant_id, row.membership_plan as SoldPlanOfVariant] as [string, SoldPlanOfVariant])
  })
  return new Map(entries)
}
