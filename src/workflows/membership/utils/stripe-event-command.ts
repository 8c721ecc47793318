import type { MembershipModuleService } from "../../../modules/membership"
import type { MembershipCommand } from "./membership-commands"

export type StripeEventInput = {
  id: string
  type: string
  data: { object: Record<string, unknown> }
}

type Card = { brand?: string; last4?: string; exp_month?: number; exp_year?: number }

/**
 * What a Stripe event means for a membership, or null when nothing: a saved payment method
 * removed or updated, or a renewal charge that failed after it was accepted.
 */
export async function commandForStripeEvent(
  membership: MembershipModuleService,
  event: StripeEventInput,
  now: Date
): Promise<{ command: MembershipCommand; charge_id?: string } | null> {
  const object = event.data.object
  if (event.type === "payment_method.detached" || event.type === "payment_method.updated") {
    const paymentMethodId = String(object.id ?? "")
    const [member] = paymentMethodId
      ? await membership.listMemberships({ payment_method_id: paymentMethodId }, { select: ["id"] })
      : []
    if (!member) {
      return null
    }
    if (event.type === "payment_method.detached") {
      return { command: { kind: "payment_method_removed", membership_id: member.id, payment_method_id: paymentMethodId, now } }
    }
    const card = (object.card ?? {}) as Card
    const details = { brand: card.brand, last4: card.last4, exp_month: card.exp_month, exp_year: card.exp_year }
    return { command: { kind: "payment_method_updated", membership_id: member.id, payment_method_id: paymentMethodId, details, now } }
  }

  if (event.type === "payment_intent.payment_failed") {
    const chargeId = (object.metadata as Record<string, string> | undefined)?.membership_charge_id
    const [charge] = chargeId ? await membership.listMembershipCharges({ id: chargeId }) : []
    if (!charge || charge.status !== "succeeded") {
      // Unknown, already failed, or still being charged (the charge itself records the failure).
      return null
    }
    const member = await membership.retrieveMembership(charge.membership_id, { select: ["id"] })
    const error = object.last_payment_error as { message?: string; code?: string } | undefined
    return {
      charge_id: charge.id,
      command: {
        kind: "late_charge_failure",
        membership_id: member.id,
        charge_id: charge.id,
        reason: error?.message ?? error?.code ?? "payment failed",
        now,
      },
    }
  }
  return null
}
