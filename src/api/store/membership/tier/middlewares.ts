import type { MiddlewareRoute } from "@medusajs/framework/http"
import { signedInCustomer } from "../../../utils/customer-auth"

/** A signed-in customer, who only ever reaches their own tier. */
export const storeTierMiddlewares: MiddlewareRoute[] = [{ matcher: "/store/membership/tier", middlewares: [signedInCustomer()] }]
