import { type AuthenticatedMedusaRequest, validateAndTransformQuery } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { retrieveTransformQueryConfig as cartQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { signedInCustomer } from "../../utils/customer-auth"

/**
 * For the plugin's routes on a cart: a signed-in customer (the routes answer 404 for another's
 * cart), and Medusa's cart query config (`?fields=` too) for the cart they answer with.
 */
export const ownCartMiddlewares = () => [signedInCustomer(), validateAndTransformQuery(StoreGetCartsCart, cartQueryConfig)]

/** The cart as Medusa's own cart routes answer it (their query config, `?fields=` too). */
export const refetchOwnCart = (req: AuthenticatedMedusaRequest) => refetchCart(req.params.id, req.scope, req.queryConfig.fields)
