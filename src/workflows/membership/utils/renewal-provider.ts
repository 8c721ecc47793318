import type { MembershipModuleService } from "../../../modules/membership"

/**
 * The payment provider a member's renewals are charged through: the one that paid their
 * purchase, else the plugin's configured `renewalPaymentProviderId`.
 */
export async function renewalProviderId(
  membership: MembershipModuleService,
  member: { payment_provider_id: string | null }
): Promise<string | null> {
  return member.payment_provider_id ?? (await membership.getOptions()).renewalPaymentProviderId ?? null
}
