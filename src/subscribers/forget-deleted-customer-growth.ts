import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../modules/membership"

/** A deleted customer no longer counts in tier evaluations and the tier distribution. */
export default async function forgetDeletedCustomerGrowth({ event, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).forgetCustomerGrowth(event.data.id)
}

export const config: SubscriberConfig = { event: "customer.deleted" }
