import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { loadOrderReversalState } from "../../common/queries/order-reversal-state"
import { awardDue, orderGrowthCustomer, planOrderGrowth } from "../utils/order-growth"

export const planOrderGrowthStepId = "plan-order-growth"

/**
 * What the order is owed in growth now (award, reversals), computed inside the order's lock
 * from the order's state (Query), its ledger (tier module) and, for an award, the plan the
 * customer paid for when they placed it (membership module); the rules are `planOrderGrowth`.
 */
export const planOrderGrowthStep = createStep(planOrderGrowthStepId, async (input: { order_id: string; now: Date }, { container }) => {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const program = await tierModule.loadTierProgram()
  const state = await loadOrderReversalState(container, input.order_id)
  if (!state) {
    return new StepResponse({ customer_id: null, entries: [] } as ReturnType<typeof planOrderGrowth>)
  }
  const ledger = await tierModule.listGrowthEntries({ order_id: input.order_id })
  const customerId = orderGrowthCustomer(state, ledger)
  const planId =
    customerId && awardDue(state, ledger, program)
      ? await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).paidPlanAt(customerId, new Date(state.order.created_at), input.order_id)
      : null
  return new StepResponse(planOrderGrowth({ order_id: input.order_id, state, ledger, program, now: new Date(input.now), plan_id: planId }))
})
