import { defineLink } from "@medusajs/framework/utils"
import MembershipModule from "../modules/membership"
import PartnerModule from "../modules/partner"

/**
 * A `partner` benefit and the partner whose codes it hands out: a benefit has at most one
 * partner, a partner many benefits (`benefit.partner`, `partner.membership_benefits`). The link
 * is the source of truth; the benefit workflows write it from the `config.partner_id` the admin
 * sends, and keep that copy in the config so the HTTP answers keep their shape.
 */
export default defineLink({ linkable: MembershipModule.linkable.membershipBenefit, isList: true }, PartnerModule.linkable.partner)
