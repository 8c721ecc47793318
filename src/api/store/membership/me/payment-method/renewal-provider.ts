import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../../../../modules/membership"
import type MembershipModuleService from "../../../../../modules/membership/service"

/** The provider a member's renewals are charged through: the one asked for, theirs, or the configured one. */
export async function renewalProviderOf(scope: MedusaContainer, membershipId: string, asked?: string): Promise<string> {
  const membership: MembershipModuleService = scope.resolve(MEMBERSHIP_MODULE)
  const own = await membership.retrieveMembership(membershipId, { select: ["payment_provider_id"] })
  const provider = asked ?? own.payment_provider_id ?? (await membership.getOptions()).renewalPaymentProviderId
  if (!provider) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "provider_id is required: no payment provider charges renewals yet")
  }
  return provider
}
