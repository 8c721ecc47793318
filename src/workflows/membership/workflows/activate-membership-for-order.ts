import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { grantPurchaseStep } from "../steps/grant-purchase"
import { customerMembershipLockKey, MEMBERSHIP_LOCK, membershipLockKey } from "../../common/utils/locks"
import { ORDER_PURCHASE_FIELDS, purchaseFromOrder } from "../utils/order-purchase"

export const activateMembershipForOrderWorkflowId = "activate-membership-for-order"

/**
 * Grants the membership an order bought, once its payment is taken. Safe to run for every
 * order event, any number of times: an order grants its period once (unique order id). The
 * grant runs under the membership's lock (the customer's for a first membership).
 *
 * @example
 * const { result } = await activateMembershipForOrderWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const activateMembershipForOrderWorkflow = createWorkflow(
  activateMembershipForOrderWorkflowId,
  (input: { order_id: string; now?: Date }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_PURCHASE_FIELDS,
      filters: { id: input.order_id },
    }).config({ name: "get-order" })

    const { data: granted } = useQueryGraphStep({
      entity: "membership_period",
      fields: ["id"],
      filters: { order_id: input.order_id },
    }).config({ name: "get-granted-period" })

    const purchase = transform({ orders, granted, input }, ({ orders, granted, input }) =>
      granted.length ? null : purchaseFromOrder(orders[0] as never, input.now ? new Date(input.now) : new Date())
    )

    const applied = when("grant-purchased-membership", { purchase }, ({ purchase }) => Boolean(purchase)).then(() => {
      const { data: held } = useQueryGraphStep({
        entity: "membership",
        fields: ["id"],
        filters: transform({ purchase }, ({ purchase }) => ({ customer_id: purchase!.customer_id })),
      }).config({ name: "get-customer-membership" })
      const lockKey = transform({ held, purchase }, ({ held, purchase }) =>
        held[0] ? membershipLockKey(held[0].id) : customerMembershipLockKey(purchase!.customer_id)
      )
      acquireLockStep({ key: lockKey, timeout: MEMBERSHIP_LOCK.timeout, ttl: MEMBERSHIP_LOCK.ttl })
      const result = grantPurchaseStep(purchase as never)
      releaseLockStep({ key: lockKey })
      const notification = transform({ result, input }, ({ result, input }) =>
        result ? [{ id: result.membership_id, order_id: input.order_id, change: result.event_type }] : []
      )
      emitEventStep({ eventName: "membership.activated", data: notification })
      return result
    })

    return new WorkflowResponse(transform({ applied }, ({ applied }) => applied ?? null))
  }
)
