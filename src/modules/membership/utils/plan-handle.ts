import { toHandle } from "@medusajs/framework/utils"
import type { CreateMembershipPlanInput } from "../types"

/** Gives every plan a handle: the one it was given, or one derived from its name. */
export function withPlanHandles(
  plans: CreateMembershipPlanInput[]
): (CreateMembershipPlanInput & { handle: string })[] {
  return plans.map((plan) => ({
    ...plan,
    handle: plan.handle?.trim() || toHandle(plan.name),
  }))
}
