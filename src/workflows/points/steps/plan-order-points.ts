import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { POINTS_MODULE, type PointsProgramSettings, type PointsModuleService } from "../../../modules/points"
import { loadOrderReversalState } from "../../common/queries/order-reversal-state"
import { earnsNow, type OrderPointsLedgerRow, orderPointsEarner, planOrderPoints } from "../utils/order-points"
import { pointsMultiplier } from "../utils/points-rules"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { benefitsOfStanding } from "../../benefits/queries/benefits-of-standing"
import { tierHeldAt } from "../../tiers/utils/tier-rules"

export const planOrderPointsStepId = "plan-order-points"

/** What the order is owed in points now (earning, reversals), computed inside the order's lock. */
export const planOrderPointsStep = createStep(planOrderPointsStepId, async (input: { order_id: string; now: Date }, { container }) => {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const program = await points.loadPointsProgram()
  const orderId = input.order_id
  const state = await loadOrderReversalState(container, orderId)
  if (!state) {
    return new StepResponse({ customer_id: null, movements: [] } as ReturnType<typeof planOrderPoints>)
  }
  // Only this workflow's own movements: points spent on the order and given back are the checkout's.
  const ledger = (await points.listPointsTransactions(
    { order_id: orderId, type: ["earn", "reverse"] },
    { select: ["customer_id", "amount", "idempotency_key", "metadata"] }
  )) as unknown as OrderPointsLedgerRow[]
  const earner = orderPointsEarner(orderId, state, ledger)
  const multiplier =
    earner.customer_id && earnsNow(state, earner.earned) ? await multiplierAtPlacement(container, program, earner.customer_id, state.order) : null
  return new StepResponse(planOrderPoints(orderId, program, new Date(input.now), state, earner, multiplier))
})

/**
 * The customer's multiplier for an order: that of their standing when the order was placed —
 * the tier they held then, and the points_multiplier benefits of that tier and of a plan they
 * had paid for then (as growth's plan multiplier). Fixed by the order, so it does not depend on
 * which runs first once it is paid: the growth award that may lift them a tier, or the
 * activation of the plan the order itself bought.
 */
async function multiplierAtPlacement(
  container: MedusaContainer,
  program: PointsProgramSettings,
  customerId: string,
  order: { id: string; created_at: string | Date }
): Promise<number> {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const placedAt = new Date(order.created_at)
  const [[standing], planId, tiers] = await Promise.all([
    tierModule.listCustomerTiers({ customer_id: customerId }, { select: ["tier_id", "previous_tier_id", "achieved_at"], take: 1 }),
    container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).paidPlanAt(customerId, placedAt, order.id),
    tierModule.listTiersByRank(),
  ])
  const tierId = tierHeldAt(standing, placedAt)
  const tierRanks = new Map(tiers.map((tier) => [tier.id, tier.rank]))
  const benefits = await benefitsOfStanding(
    container,
    { has_account: true, plan_ids: planId ? [planId] : [], tier_rank: tierRanks.get(tierId ?? "") ?? 0, tier_ranks: tierRanks },
    ["points_multiplier"],
    placedAt
  )
  return pointsMultiplier(
    program,
    tierId,
    benefits.map((benefit) => Number(benefit.config.multiplier))
  )
}
