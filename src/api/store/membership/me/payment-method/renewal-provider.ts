import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../../modules/membership"
import { renewalProviderId } from "../../../../../workflows/membership/utils/renewal-provider"

/** The provider to save the member's card with: the one asked for (an enabled one), else the one renewals use. */
export async function providerForCard(scope: MedusaContainer, membershipId: string, asked?: string): Promise<string> {
  if (asked) {
    // Payments resolve the provider from the container: an unknown id would fail there as a 500.
    const [enabled] = await scope.resolve(Modules.PAYMENT).listPaymentProviders({ id: asked, is_enabled: true }, { select: ["id"] })
    if (!enabled) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `provider_id: ${asked} is not an enabled payment provider`)
    }
    return asked
  }
  const membership: MembershipModuleService = scope.resolve(MEMBERSHIP_MODULE)
  const provider = await renewalProviderId(membership, await membership.retrieveMembership(membershipId))
  if (!provider) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "provider_id is required: no payment provider charges renewals yet")
  }
  return provider
}
