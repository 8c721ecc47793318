import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService, orderReversalRatio, reversalTarget } from "../../../modules/membership"
import { roundMoney } from "../../../lib/money"
import { POINTS_MODULE, type PointsMovement, type PointsProgramSettings, type PointsModuleService } from "../../../modules/points"
import { loadOrderReversalState } from "../../common/utils/order-reversal-state"
import { orderPoints, pointsExpiry, pointsMultiplier, pointsPendingUntil } from "./points-rules"
import { paidPlanAt } from "../../tiers/utils/order-growth"
import { benefitsOfStanding } from "../../benefits/queries/benefits-of-standing"
import { tierHeldAt } from "../../tiers/utils/tier-rules"

export const orderEarnKey = (orderId: string) => `order:${orderId}:earn`
const reversalKeyPrefix = (orderId: string) => `order:${orderId}:reversed:`
/** Keyed by the total reversed after it, which only grows: a redelivered event writes nothing. */
const orderReversalKey = (orderId: string, target: number) => `${reversalKeyPrefix(orderId)}${target}`

type LedgerRow = { customer_id: string; amount: number; idempotency_key: string; metadata: Record<string, unknown> | null }

/**
 * The points movements an order is owed now, from its state alone (any event may ask, any
 * number of times): a pending lot once its payment is fully captured, and reversals that bring
 * the total reversed to the share of the order refunded, returned or canceled (as for growth).
 * Only customers with an account earn. Reversals go to the customer who earned, and take the
 * order's own lots first, pending ones before spendable ones.
 */
export async function planOrderPoints(
  container: MedusaContainer,
  orderId: string,
  program: PointsProgramSettings,
  now: Date
): Promise<{ customer_id: string | null; movements: PointsMovement[] }> {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const state = await loadOrderReversalState(container, orderId)
  if (!state) {
    return { customer_id: null, movements: [] }
  }
  const { order, captured, refunded, canceled, goods, returned } = state
  // Only this workflow's own movements: points spent on the order and given back are the checkout's.
  const ledger = (await points.listPointsTransactions(
    { order_id: orderId, type: ["earn", "reverse"] },
    { select: ["customer_id", "amount", "idempotency_key", "metadata"] }
  )) as unknown as LedgerRow[]
  const earned = ledger.find((row) => row.idempotency_key === orderEarnKey(orderId))
  const reversals = ledger.filter((row) => row.idempotency_key.startsWith(reversalKeyPrefix(orderId)))
  const customerId = earned?.customer_id ?? (order.customer?.has_account ? order.customer_id : null)
  if (!customerId) {
    return { customer_id: null, movements: [] }
  }
  const movements: PointsMovement[] = []
  let earnedAmount = earned ? Number(earned.amount) : 0

  // In the currency's units: captures summed in binary floats can fall a hair short of the total.
  const paid = captured > 0 && roundMoney(captured, order.currency_code) >= roundMoney(Number(order.total), order.currency_code)
  if (!earned && paid && !canceled) {
    const multiplier = await multiplierAtPlacement(container, program, customerId, order)
    const earning = orderPoints(
      program,
      {
        currency_code: order.currency_code,
        paid_total: captured,
        shipping_total: Number(order.shipping_total),
        tax_total: Number(order.tax_total),
        shipping_tax_total: Number(order.shipping_tax_total),
      },
      multiplier
    )
    if (earning) {
      movements.push({
        customer_id: customerId,
        type: "earn",
        amount: earning.points,
        idempotency_key: orderEarnKey(orderId),
        now,
        order_id: orderId,
        reference: orderId,
        lot: { pending_until: pointsPendingUntil(program, now), expires_at: pointsExpiry(program, now) },
        metadata: { basis: earning.basis, multiplier: earning.multiplier, currency_code: order.currency_code },
      })
      earnedAmount = earning.points
    }
  }
  if (!earnedAmount) {
    return { customer_id: customerId, movements }
  }

  const returnedBase = program.exclude_shipping ? goods : captured
  const ratio = orderReversalRatio({ paid_total: captured, refunded_total: refunded, returned_total: returned, returned_base: returnedBase, canceled })
  // What earlier reversals meant to take back (a debit may have found less: points already spent).
  const reversedTarget = reversals.reduce((most, row) => Math.max(most, Number(row.metadata?.target ?? 0)), 0)
  const target = reversalTarget(earnedAmount, ratio)
  if (target > reversedTarget) {
    movements.push({
      customer_id: customerId,
      type: "reverse",
      amount: -(target - reversedTarget),
      idempotency_key: orderReversalKey(orderId, target),
      now,
      order_id: orderId,
      reference: orderId,
      from: { order_id: orderId },
      partial: true,
      note: canceled ? "cancel" : returned > refunded ? "return" : "refund",
      metadata: { ratio, target },
    })
  }
  return { customer_id: customerId, movements }
}

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
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const placedAt = new Date(order.created_at)
  const [[standing], planId, tiers] = await Promise.all([
    membership.listCustomerTiers({ customer_id: customerId }, { select: ["tier_id", "previous_tier_id", "achieved_at"], take: 1 }),
    paidPlanAt(membership, customerId, placedAt, order.id),
    membership.listTiersByRank(),
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
