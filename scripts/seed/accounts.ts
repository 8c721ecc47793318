import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

export type Credentials = { email: string; password: string }

export const DEMO_ADMIN: Credentials = { email: "admin@example.com", password: "supersecret" }
export const DEMO_SHOPPER: Credentials = { email: "shopper@example.com", password: "supersecret" }

/** Registers an email/password identity, or finds the one already registered. */
async function emailPassIdentity(container: MedusaContainer, { email, password }: Credentials) {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listAuthIdentities({ provider_identities: { entity_id: email, provider: "emailpass" } })
  if (existing) {
    return existing
  }
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not register ${email}: ${error}`)
  }
  return authIdentity
}

export async function seedAccounts(container: MedusaContainer) {
  const admin = await emailPassIdentity(container, DEMO_ADMIN)
  if (!admin.app_metadata?.user_id) {
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId: admin.id, userData: { email: DEMO_ADMIN.email, first_name: "Demo", last_name: "Admin" } },
    })
  }

  const shopper = await emailPassIdentity(container, DEMO_SHOPPER)
  if (!shopper.app_metadata?.customer_id) {
    await createCustomerAccountWorkflow(container).run({
      input: { authIdentityId: shopper.id, customerData: { email: DEMO_SHOPPER.email, first_name: "Demo", last_name: "Shopper" } },
    })
  }
}
