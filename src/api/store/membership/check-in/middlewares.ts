import type { MiddlewareRoute } from "@medusajs/framework/http"
import { signedInCustomer } from "../../../utils/customer-auth"

/** A signed-in customer, who only ever checks themselves in. */
export const storeCheckInMiddlewares: MiddlewareRoute[] = [{ matcher: "/store/membership/check-in", middlewares: [signedInCustomer()] }]
