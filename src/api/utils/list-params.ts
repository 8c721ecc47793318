import { z } from "@medusajs/framework/zod"

export const MAX_PAGE_SIZE = 100

const ORDER_HINT = "with - first for descending, e.g. -created_at"

/** Query parameters every list route accepts: field selection, ordering and bounded pagination. */
export const listParams = z.object({
  fields: z.string().optional(),
  order: z
    .string()
    .regex(/^-?[a-z][a-z0-9_]*$/, `order must be one field name, ${ORDER_HINT}`)
    .optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/**
 * The list parameters of a list whose `order` reaches the database (Medusa's query config turns
 * it into the query's order): only these fields, as an unknown column fails in the database.
 */
export const sortableListParams = (sortable: readonly string[]) =>
  listParams.extend({
    order: z
      .string()
      .refine((order) => sortable.includes(order.replace(/^-/, "")), `order must be one of ${sortable.join(", ")}, ${ORDER_HINT}`)
      .optional(),
  })
