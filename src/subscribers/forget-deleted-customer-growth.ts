import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { TIER_MODULE, type TierModuleService } from "../modules/tier"

/** A deleted customer no longer counts in tier evaluations and the tier distribution. */
export default async function forgetDeletedCustomerGrowth({ event, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve<TierModuleService>(TIER_MODULE).forgetCustomerGrowth(event.data.id)
}

export const config: SubscriberConfig = { event: "customer.deleted" }
