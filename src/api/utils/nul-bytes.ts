import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const NUL = "\u0000"

/** The path (`prices.0.name`) of the first key or string holding a NUL byte, or null. */
export function nulBytePath(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") {
    return value.includes(NUL) ? path.join(".") || "(value)" : null
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) {
        return [...path, key.replaceAll(NUL, "\\0")].join(".")
      }
      const found = nulBytePath(item, [...path, key])
      if (found) {
        return found
      }
    }
  }
  return null
}

function nulByteIn(req: MedusaRequest): string | null {
  // Percent-encoded here: Express decodes route params only. `originalUrl`, as `path` is relative to the matcher.
  if (/%00/.test(req.originalUrl.split("?")[0])) {
    return "the path"
  }
  const query = nulBytePath(req.query)
  if (query !== null) {
    return `query ${query}`
  }
  const body = nulBytePath(req.body)
  return body === null ? null : `body ${body}`
}

/**
 * Refuses a NUL byte anywhere in the path, query or body with a 400 naming where: Postgres
 * cannot store one in text, so it would otherwise fail in the database as a 500.
 */
export function refuseNulBytes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const where = nulByteIn(req)
  next(where === null ? undefined : new MedusaError(MedusaError.Types.INVALID_DATA, `${where}: NUL bytes (\\u0000) are not allowed`))
}

/**
 * Where NUL bytes are refused: before every other middleware of these routes (no methods: Medusa
 * sorts them first, and the root file spreads them first). Not the partner API's `/partners/v1`,
 * whose guard authenticates and audits every call first.
 */
export const nulByteMiddlewares: MiddlewareRoute[] = [
  "/admin/membership*",
  "/admin/points*",
  "/admin/partners*",
  "/store/membership*",
  "/store/points*",
  "/store/partner-benefits*",
  "/store/carts/:id/points*",
].map((matcher) => ({ matcher, middlewares: [refuseNulBytes] }))
