import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"

/** Registers an admin user and logs in through Medusa's own auth route; returns request headers. */
export async function adminHeaders(api: AxiosInstance, container: MedusaContainer) {
  const email = "admin@membership.test"
  const password = "test-password"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email } },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A publishable API key, which Medusa requires on every /store route. */
export async function storeHeaders(container: MedusaContainer) {
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "test storefront", type: "publishable", created_by: "test" }] },
  })
  return { headers: { "x-publishable-api-key": result[0].token } }
}
