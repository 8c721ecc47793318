import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveMembershipView } from "../../../utils/membership-view"

/** Periods (and what paid for them) are the merchant's view; the shopper sees the history. */
export const shopperMembershipView = (view: Record<string, unknown>) => ({ ...view, periods: undefined })

/** The shopper's membership by id (their own: the routes find it by the signed-in customer). */
export const retrieveShopperMembership = async (scope: MedusaContainer, id: string) =>
  shopperMembershipView(await retrieveMembershipView(scope, { id }))
