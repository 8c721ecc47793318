import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../modules/membership"
import { changeMembershipWorkflow } from "../workflows/membership/workflows/change-membership"

/** Medusa refunds a canceled order's payment: the membership time that order bought is taken back. */
export default async function revokeMembershipOnOrderCancel({ event, container }: SubscriberArgs<{ id: string }>) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [period] = await membership.listMembershipPeriods({ order_id: event.data.id }, { select: ["id", "membership_id"] })
  if (period) {
    await changeMembershipWorkflow(container).run({
      input: { kind: "revoke_order", membership_id: period.membership_id, order_id: event.data.id, now: new Date() },
    })
  }
}

export const config: SubscriberConfig = { event: "order.canceled" }
