import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../../../../modules/membership"
import type MembershipModuleService from "../../../../../modules/membership/service"
import { renewalProviderId } from "../../../../../workflows/utils/renewal-provider"

/** The provider to save the member's card with: the one asked for, else the one renewals use. */
export async function providerForCard(scope: MedusaContainer, membershipId: string, asked?: string): Promise<string> {
  const membership: MembershipModuleService = scope.resolve(MEMBERSHIP_MODULE)
  const provider = asked ?? (await renewalProviderId(membership, await membership.retrieveMembership(membershipId)))
  if (!provider) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "provider_id is required: no payment provider charges renewals yet")
  }
  return provider
}
