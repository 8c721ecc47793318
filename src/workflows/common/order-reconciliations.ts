import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../modules/membership"
import { reconcileOrderBenefitUsageWorkflow } from "../benefits/workflows/reconcile-order-benefit-usage"
import { activateMembershipForOrderWorkflow } from "../membership/workflows/activate-membership-for-order"
import { changeMembershipWorkflow } from "../membership/workflows/change-membership"
import { cancelOrderMallRedemptionsWorkflow } from "../points-mall/workflows/cancel-order-mall-redemptions"
import { reconcileOrderPointsWorkflow } from "../points/workflows/reconcile-order-points"
import { reconcileOrderPointsSpendWorkflow } from "../points/workflows/reconcile-order-points-spend"
import { reconcileOrderGrowthWorkflow } from "../tiers/workflows/reconcile-order-growth"

export type OrderReconciliation = (container: MedusaContainer, orderId: string) => Promise<unknown>

/**
 * What an order event can change, each brought in line with the order's state by its own
 * idempotent workflow (any of them may run for any order event, any number of times).
 */
export const orderReconciliations = {
  /** The membership an order bought, once paid. */
  membership: (container, orderId) => activateMembershipForOrderWorkflow(container).run({ input: { order_id: orderId } }),
  /** The benefits an order used, and their share given back. */
  benefitUsage: (container, orderId) => reconcileOrderBenefitUsageWorkflow(container).run({ input: { order_id: orderId } }),
  growth: (container, orderId) => reconcileOrderGrowthWorkflow(container).run({ input: { order_id: orderId } }),
  pointsEarned: (container, orderId) => reconcileOrderPointsWorkflow(container).run({ input: { order_id: orderId } }),
  /** The points an order was paid with: tied to the order, and their share given back. */
  pointsSpent: (container, orderId) => reconcileOrderPointsSpendWorkflow(container).run({ input: { order_id: orderId } }),
  /** A canceled order's points mall redemptions. */
  mallRedemptions: (container, orderId) => cancelOrderMallRedemptionsWorkflow(container).run({ input: { order_id: orderId } }),
  /** A canceled order's membership time (Medusa refunds its payment). */
  membershipTime: async (container, orderId) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const [period] = await membership.listMembershipPeriods({ order_id: orderId }, { select: ["id", "membership_id"] })
    if (period) {
      await changeMembershipWorkflow(container).run({
        input: { kind: "revoke_order", membership_id: period.membership_id, order_id: orderId, now: new Date() },
      })
    }
  },
} satisfies Record<string, OrderReconciliation>
