import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PLAN_PRODUCT_TYPE } from "../../../workflows/membership/utils/plan-product"

/** Filters by which a storefront names the products it wants, plans among them. */
const NAMING_FILTERS = ["id", "handle", "type_id"]

type Filters = Record<string, unknown>

const namesProducts = (filters: Filters): boolean =>
  NAMING_FILTERS.some((key) => filters[key] !== undefined) ||
  ["$and", "$or"].some((operator) => Array.isArray(filters[operator]) && (filters[operator] as Filters[]).some(namesProducts))

/**
 * Leaves the products of the plan product type out of Medusa's `GET /store/products`, so a
 * storefront's catalogue shows goods only; plans are listed by `GET /store/membership/plans`.
 * A request that names products (`id`, `handle`, `type_id`) gets them all, plans too. Reads the
 * shopper's own query: Medusa's middlewares may have put the sales channel's products in `id`.
 */
export async function hidePlanProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    if (namesProducts(req.validatedQuery as Filters)) {
      return next()
    }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: types } = await query.graph({
      entity: "product_type",
      fields: ["id"],
      filters: { value: PLAN_PRODUCT_TYPE },
    })
    if (types.length) {
      const filters = req.filterableFields as Filters
      // A product without a type has type_id NULL, which `$ne` alone would leave out too.
      const notAPlan = { $or: [{ type_id: null }, { type_id: { $ne: types[0].id } }] }
      filters.$and = [...((filters.$and as Filters[] | undefined) ?? []), notAPlan]
    }
    next()
  } catch (error) {
    next(error)
  }
}
