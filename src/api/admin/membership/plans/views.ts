import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { fromVariantPrices } from "../../../../modules/membership"

/** The variant fields a plan view needs beside the plan's own fields. */
export const PLAN_VARIANT_FIELDS = [
  "product_variant.id",
  "product_variant.product_id",
  "product_variant.prices.*",
  "product_variant.prices.price_rules.*",
]

type PlanWithVariant = Record<string, unknown> & {
  product_variant?: {
    id: string
    product_id: string
    prices?: Parameters<typeof fromVariantPrices>[0]
  } | null
}

/** A plan as the API returns it: its own fields, its prices, and the product and variant that sell it. */
export function planView(plan: PlanWithVariant) {
  const { product_variant, ...own } = plan
  return {
    ...own,
    prices: fromVariantPrices(product_variant?.prices ?? []),
    product_id: product_variant?.product_id ?? null,
    variant_id: product_variant?.id ?? null,
  }
}

/** Retrieves one plan as the API returns it; 404 when there is none. */
export async function retrievePlanView(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "membership_plan",
    fields: [...fields, ...PLAN_VARIANT_FIELDS],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Membership plan ${id} was not found`)
  }
  return planView(data[0] as PlanWithVariant)
}
