import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MembershipModule from "../modules/membership"

/** Each plan is sold through one product variant the plugin creates and keeps in sync. */
export default defineLink(MembershipModule.linkable.membershipPlan, ProductModule.linkable.productVariant)
