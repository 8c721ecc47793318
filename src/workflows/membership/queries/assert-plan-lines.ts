import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService, type CartLine } from "../../../modules/membership"
import { assertPlanLinesAllowed, refuseScheduledPlan } from "../utils/cart-plan-checks"
import { plansByVariant } from "./plans-by-variant"

/**
 * The plans cart lines buy, by variant; refuses, with a 400, lines that cannot buy a membership
 * (see `planLinesProblem`), and a plan bought by a member who already bought the plan that
 * follows their current period. `readScope`: see `readOnceInScope`.
 */
export async function assertPlanLines(
  container: MedusaContainer,
  lines: CartLine[],
  hasAccount: boolean,
  customerId?: string | null,
  readScope?: string
) {
  const plans = await plansByVariant(container, lines.map((line) => line.variant_id), readScope)
  const buysPlan = assertPlanLinesAllowed(lines, plans, hasAccount)
  if (buysPlan && customerId) {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const [scheduled] = await membership.listMemberships(
      { customer_id: customerId, next_plan_id: { $ne: null }, status: ["trialing", "active", "past_due", "canceled"] },
      { select: ["id"] }
    )
    if (scheduled) {
      refuseScheduledPlan()
    }
  }
  return plans
}
