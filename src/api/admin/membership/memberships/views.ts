import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveMembershipView } from "../../../utils/membership-view"
import { adminMembershipFields } from "./query-config"

/** One membership as the merchant sees it: with its customer, history (newest first) and paid periods; 404 when there is none. */
export const retrieveAdminMembership = (scope: MedusaContainer, id: string) => retrieveMembershipView(scope, { id }, adminMembershipFields)
