import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MedusaError } from "@medusajs/framework/utils"
import { orderHasAccount } from "../workflows/common/queries/order-account"
import { activateMembershipForOrderWorkflow } from "../workflows/membership/workflows/activate-membership-for-order"
import { reconcileOrderBenefitUsageWorkflow } from "../workflows/benefits/workflows/reconcile-order-benefit-usage"
import { reconcileOrderGrowthWorkflow } from "../workflows/tiers/workflows/reconcile-order-growth"
import { reconcileOrderPointsWorkflow } from "../workflows/points/workflows/reconcile-order-points"
import { reconcileOrderPointsSpendWorkflow } from "../workflows/points/workflows/reconcile-order-points-spend"

/**
 * A placed order: the plan it bought (when paid at once), its benefit usage, growth, points and
 * points spend. Plans, benefits, growth and points are account holders', so a guest's order
 * (most orders) is done with one read. Otherwise the five run side by side; each is idempotent,
 * so a redelivered event writes nothing twice, and one failing does not stop the others.
 */
export default async function orderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!(await orderHasAccount(container, event.data.id))) {
    return
  }
  const input = { order_id: event.data.id }
  const outcomes = await Promise.allSettled([
    activateMembershipForOrderWorkflow(container).run({ input }),
    reconcileOrderBenefitUsageWorkflow(container).run({ input }),
    reconcileOrderGrowthWorkflow(container).run({ input }),
    reconcileOrderPointsWorkflow(container).run({ input }),
    reconcileOrderPointsSpendWorkflow(container).run({ input }),
  ])
  const failures = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []))
  if (failures.length) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `membership: ${failures.length} of order ${event.data.id}'s reconciliations failed: ${failures.map(String).join("; ")}`)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
