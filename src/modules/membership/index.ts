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
export * from "./coupons/coupon-sql"
export * from "./insights/insights-sql"
export * from "./models/membership-benefit"
export * from "./service"
export * from "./utils/benefit-config"
export * from "./utils/benefit-eligibility"
export * from "./utils/coupon-drop"
export * from "./utils/dunning"
export * from "./utils/lifecycle"
export * from "./utils/member-prices"
export * from "./utils/member-promotion"
export * from "./utils/period"
export * from "./utils/plan-lines"
export * from "./utils/plan-prices"
export * from "./utils/refund"
export * from "./utils/partner-entitlement"
