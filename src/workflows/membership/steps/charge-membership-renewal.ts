import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { offSessionData, RENEWAL_METADATA_KEY, type RenewalOutcome, type RenewalTarget } from "../utils/charge-renewal"
import { cancelUncaptured, captureIfAuthorized, serverCheckout } from "../../common/steps/server-checkout"
import { renewalProviderId } from "../utils/renewal-provider"

const SYSTEM_PROVIDER_ID = "pp_system_default"

export const chargeMembershipRenewalStepId = "charge-membership-renewal"

/**
 * Charges a claimed renewal attempt and records the outcome on its charge row. Not undone on
 * rollback: money that moved stays recorded, and the row keeps the attempt from being retried.
 */
export const chargeMembershipRenewalStep = createStep(
  chargeMembershipRenewalStepId,
  async (input: { membership_id: string; charge_id: string; idempotency_key: string; plan_id: string; cart_id: string | null }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const member = await membership.retrieveMembership(input.membership_id)
    const { data: plans } = await query.graph({
      entity: "membership_plan",
      fields: ["id", "product_variant.id"],
      filters: { id: input.plan_id },
    })
    const variantId = (plans[0] as { product_variant?: { id: string } | null } | undefined)?.product_variant?.id
    const options = await membership.getOptions()
    const providerId = await renewalProviderId(membership, member)
    const takesNoMoney = providerId === SYSTEM_PROVIDER_ID && !options.renewWithSystemProvider

    const outcome: RenewalOutcome = takesNoMoney
      ? { ok: false, cart_id: null, reason: "no payment method that can be charged off-session (the system provider takes no money)" }
      : variantId
      ? await chargeRenewal(container, {
          membership_id: member.id,
          charge_id: input.charge_id,
          idempotency_key: input.idempotency_key,
          customer_id: member.customer_id,
          email: member.email,
          region_id: member.region_id,
          currency_code: member.currency_code,
          sales_channel_id: member.sales_channel_id,
          variant_id: variantId,
          provider_id: providerId,
          payment_method_id: member.payment_method_id,
          resume_cart_id: input.cart_id,
          onCart: async (cartId) => {
            await membership.updateMembershipCharges({ id: input.charge_id, cart_id: cartId })
          },
        })
      : { ok: false, cart_id: null, reason: "the plan has no product variant" }

    await membership.updateMembershipCharges({
      id: input.charge_id,
      status: outcome.ok ? "succeeded" : "failed",
      cart_id: outcome.cart_id,
      order_id: outcome.order_id ?? null,
      amount: outcome.ok ? outcome.amount : null,
      currency_code: outcome.ok ? outcome.currency_code : member.currency_code,
      error: outcome.ok ? null : outcome.reason.slice(0, 1000),
    })
    return new StepResponse(outcome)
  }
)

/**
 * Charges one renewal the way a checkout does: a cart with the plan for the member, a payment
 * session with the saved payment method charged off-session, cart completion (which creates
 * the renewal order), then capture if the provider only authorized. An attempt a dead worker
 * left carries on from its cart. Failures are returned, not thrown, so the caller can start dunning.
 */
export async function chargeRenewal(container: MedusaContainer, target: RenewalTarget): Promise<RenewalOutcome> {
  let cartId: string | null = target.resume_cart_id ?? null
  try {
    const order = await serverCheckout(container, {
      customer_id: target.customer_id,
      email: target.email,
      region_id: target.region_id,
      currency_code: target.currency_code,
      sales_channel_id: target.sales_channel_id,
      variant_id: target.variant_id,
      metadata: { [RENEWAL_METADATA_KEY]: target.charge_id, membership_id: target.membership_id },
      resume_cart_id: target.resume_cart_id,
      payment: target.provider_id
        ? { provider_id: target.provider_id, data: offSessionData(target), context: { idempotency_key: target.idempotency_key } }
        : null,
      onCart: async (id) => {
        cartId = id
        await target.onCart?.(id)
      },
    })
    try {
      await captureIfAuthorized(container, order.order_id)
    } catch (error) {
      // No half-charged renewal: release the authorization so nobody can capture it later.
      await cancelUncaptured(container, order.order_id)
      return { ok: false, cart_id: order.cart_id, order_id: order.order_id, reason: `capture failed: ${(error as Error).message}` }
    }
    return { ok: true, order_id: order.order_id, cart_id: order.cart_id, amount: order.total, currency_code: order.currency_code }
  } catch (error) {
    return { ok: false, cart_id: cartId, reason: (error as Error).message || "payment failed" }
  }
}
