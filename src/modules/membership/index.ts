import { Module } from "@medusajs/framework/utils"
import stripeWebhookLoader from "./loaders/stripe-webhook"
import MembershipModuleService from "./service"

export const MEMBERSHIP_MODULE = "membership"

export default Module(MEMBERSHIP_MODULE, {
  service: MembershipModuleService,
  loaders: [stripeWebhookLoader],
})

export { MembershipModuleService }
export * from "./types"
