import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../modules/membership"

/** The id of the signed-in shopper's membership, or null when they have none. */
export async function findOwnMembershipId(scope: MedusaContainer, customerId: string): Promise<string | null> {
  const membership: MembershipModuleService = scope.resolve(MEMBERSHIP_MODULE)
  const [own] = await membership.listMemberships({ customer_id: customerId }, { select: ["id"] })
  return own?.id ?? null
}

/** The id of the signed-in shopper's membership; 404 when they have none. */
export async function ownMembershipId(scope: MedusaContainer, customerId: string): Promise<string> {
  const id = await findOwnMembershipId(scope, customerId)
  if (!id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have no membership")
  }
  return id
}
