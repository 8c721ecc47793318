import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { stripeHookMiddlewares } from "./hooks/membership/stripe/middlewares"
import { partnerApiMiddlewares } from "./partners/v1/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { nulByteMiddlewares } from "./utils/nul-bytes"

/** Each resource declares its validators and auth in its own `middlewares.ts`; NUL bytes are refused first. */
export default defineMiddlewares({
  routes: [...nulByteMiddlewares, ...stripeHookMiddlewares, ...adminMiddlewares, ...storeMiddlewares, ...partnerApiMiddlewares],
})
