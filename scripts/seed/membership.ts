import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE } from "../../src/modules/membership"
import type MembershipModuleService from "../../src/modules/membership/service"
import { createMembershipPlansWorkflow } from "../../src/workflows/create-membership-plans"

const DEMO_PLANS = [
  { name: "PLUS Annual", handle: "plus-annual", description: "A year of member prices, free shipping and partner benefits." },
  { name: "PLUS Monthly", handle: "plus-monthly", description: "The PLUS benefits, billed every month." },
]

/** The plugin's own demo data: membership plans. */
export async function seedMembership(container: MedusaContainer) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const existing = await membership.listMembershipPlans({ handle: DEMO_PLANS.map((p) => p.handle) })
  const missing = DEMO_PLANS.filter((p) => !existing.some((e) => e.handle === p.handle))
  if (missing.length) {
    await createMembershipPlansWorkflow(container).run({ input: { plans: missing } })
  }
}
