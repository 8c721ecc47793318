import type { AxiosInstance } from "axios"

export type CustomerInput = { email: string; password?: string; first_name?: string; last_name?: string }

/** Store request config for a logged-in customer: publishable key plus bearer token. */
export type CustomerSession = { customerId: string; email: string; headers: Record<string, string> }

/** Signs a shopper up through Medusa's store routes (`/auth/customer/emailpass/register`, `POST /store/customers`) and logs in. */
export async function registerCustomer(
  api: AxiosInstance,
  publishableKey: string,
  { email, password = "test-password", first_name = "Test", last_name = "Shopper" }: CustomerInput
): Promise<CustomerSession> {
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post(
    "/store/customers",
    { email, first_name, last_name },
    { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${registration.token}` } }
  )
  return loginCustomer(api, publishableKey, { email, password })
}

/** Logs an existing shopper in with `POST /auth/customer/emailpass`. */
export async function loginCustomer(
  api: AxiosInstance,
  publishableKey: string,
  { email, password = "test-password" }: CustomerInput
): Promise<CustomerSession> {
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  const headers = { "x-publishable-api-key": publishableKey, authorization: `Bearer ${data.token}` }
  const { data: me } = await api.get("/store/customers/me", { headers })
  return { customerId: me.customer.id, email, headers }
}
