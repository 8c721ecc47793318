import { authenticate } from "@medusajs/framework/http"

/** A signed-in customer (session or bearer token); 401 otherwise. */
export const signedInCustomer = () => authenticate("customer", ["session", "bearer"])

/** A signed-in customer when there is one; guests pass too (the publishable key is Medusa's check). */
export const optionalCustomer = () => authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
