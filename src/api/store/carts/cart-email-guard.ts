import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Medusa binds a cart that has no customer to the account whose email it is given
 * (`POST /store/carts`, `POST /store/carts/:id`), whoever sends it; the account's membership
 * prices, discounts and coupons would then apply to a stranger's cart. So an account's email
 * binds a cart only when that account is signed in. A cart already bound keeps its customer
 * (Medusa only changes its email), and guests' emails are guest checkouts as before.
 */
export async function refuseOthersAccountEmail(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const req = request as AuthenticatedMedusaRequest
  try {
    const email = ((req.validatedBody ?? req.body) as { email?: unknown } | undefined)?.email
    const actorId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
    if (typeof email !== "string" || !email) {
      return next()
    }
    if (req.params.id) {
      const [cart] = await req.scope.resolve(Modules.CART).listCarts({ id: req.params.id }, { select: ["id", "customer_id"] })
      if (!cart || cart.customer_id) {
        return next()
      }
    } else if (actorId) {
      // A signed-in shopper's new cart is theirs, whatever email it carries.
      return next()
    }
    const [account] = await req.scope
      .resolve(Modules.CUSTOMER)
      .listCustomers({ email: email.toLowerCase(), has_account: true }, { select: ["id"], take: 1 })
    if (account && account.id !== actorId) {
      throw new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "This email belongs to a customer account: sign in to that account to check out with it."
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}
