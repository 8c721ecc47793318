import { z } from "@medusajs/framework/zod"

export const MAX_PAGE_SIZE = 100

/** Query parameters every list route accepts: field selection, ordering and bounded pagination. */
export const listParams = z.object({
  fields: z.string().optional(),
  order: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
