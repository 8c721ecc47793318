import type { MiddlewareRoute } from "@medusajs/framework/http"
import { partnerApiGuard } from "./partner-api-guard"

/**
 * The partner API. Not Medusa's admin or store auth: partners call `/partners/v1/codes/*` with
 * their own API keys (`Authorization: Bearer mpk_…`), rate limited and audited;
 * `/partners/v1/openapi.json` is public. Medusa's body parsers are off for these calls: they run
 * before any middleware, and would answer a bad body before the guard (unauthenticated,
 * unaudited, the code in the log). The guard's matcher has no wildcard, whose value Express would
 * decode (and fail on) before it.
 */
export const partnerApiMiddlewares: MiddlewareRoute[] = [
  { matcher: "/partners/v1/codes*", bodyParser: false },
  { matcher: "/partners/v1/codes", middlewares: [partnerApiGuard] },
]
