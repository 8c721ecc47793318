import { defineLink } from "@medusajs/framework/utils"
import PromotionModule from "@medusajs/medusa/promotion"
import MembershipModule from "../modules/membership"

/**
 * A member_discount or free_shipping benefit and the automatic promotion the plugin keeps in
 * sync with it (`MEMBER-…`). Links stay after either side is deleted, so adjustments on past
 * orders can still be attributed to their benefit; a benefit whose promotion was deleted
 * elsewhere gets a new one, hence a list.
 */
export default defineLink(MembershipModule.linkable.membershipBenefit, {
  linkable: PromotionModule.linkable.promotion,
  isList: true,
})
