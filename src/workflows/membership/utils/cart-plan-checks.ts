import { MedusaError } from "@medusajs/framework/utils"
import { type CartLine, planLinesProblem, type SoldPlan } from "../../../modules/membership"

/** The plans sold through some variants, by variant id (see `plansByVariant`). */
export type PlansByVariant = Map<string, SoldPlan & { trial_days: number }>

export type CartForCheck = {
  customer?: { id: string; has_account?: boolean | null } | null
  items?: ({ id: string; unit_price?: number | string; quantity: number | string; metadata?: Record<string, unknown> | null } & CartLine)[] | null
}

/** Refuses, with a 400, cart lines that cannot buy a membership (see `planLinesProblem`); answers whether they buy a plan. */
export function assertPlanLinesAllowed(lines: CartLine[], plans: PlansByVariant, hasAccount: boolean): boolean {
  const problem = planLinesProblem(lines, plans, hasAccount)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
  return lines.some((line) => line.variant_id && plans.has(line.variant_id))
}

/** A member who already bought the plan that follows their current period cannot buy another (a 400). */
export function refuseScheduledPlan(): never {
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "You already bought the plan that follows your current period; buy again once it has started."
  )
}

/** The plan with a free trial that a line still at price 0 buys, if any. */
export function trialPlanOf(cart: CartForCheck, plans: PlansByVariant) {
  const trialLines = (cart.items ?? []).filter((item) => Number(item.unit_price) === 0)
  return trialLines.map((line) => plans.get(line.variant_id ?? "")).find((plan) => plan && plan.trial_days > 0)
}

/** Refuses, with a 400, a trial price for a shopper who may no longer start a trial. */
export function refuseUsedTrial(plan: { name: string }): never {
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `The free trial of "${plan.name}" has been used already: remove the plan and add it again for its current price.`
  )
}
