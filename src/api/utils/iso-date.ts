import { z } from "@medusajs/framework/zod"

const day = z.iso.date()
const moment = z.iso.datetime({ offset: true })

/**
 * A date in a request body: an ISO 8601 string, a day (`2026-01-31`, the start of that day in
 * UTC) or a date-time with its offset (`2026-01-31T12:00:00Z`, `…+02:00`), as a Date. Anything
 * else is refused: `z.coerce.date()` took `true`, `-1` or `1.5` as moments in 1970.
 */
export const isoDate = z
  .string()
  .refine((value) => day.safeParse(value).success || moment.safeParse(value).success, {
    error: (issue) =>
      `${issue.path?.join(".") || "date"} must be an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z`,
  })
  .transform((value) => new Date(value))
