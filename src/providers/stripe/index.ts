import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MembershipStripeProviderService from "./service"

export type { MembershipStripeOptions } from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [MembershipStripeProviderService],
})
