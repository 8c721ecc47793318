import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type CouponClaim, type MembershipModuleService, type CouponDropConfig, generateCouponCode } from "../../../modules/membership"

export type ClaimMemberCouponsInput = {
  benefit_id: string
  config: CouponDropConfig
  customer_ids: string[]
  period: string
  expires_at: string
}

export type PendingCoupon = {
  id: string
  benefit_id: string
  customer_id: string
  code: string
  value_type: "fixed" | "percentage"
  value: number
  currency_code: string | null
  expires_at: Date | string
}

const PENDING_COUPON_FIELDS = ["id", "benefit_id", "customer_id", "code", "value_type", "value", "currency_code", "expires_at"]

export const claimMemberCouponsStepId = "claim-member-coupons"

/**
 * Claims the month's codes of these customers (sequence 1..codes_per_month) that nobody claimed
 * yet, then returns every row of theirs still without a promotion: the ones just claimed and
 * any an interrupted run left behind. Rollback deletes only the rows this step inserted.
 */
export const claimMemberCouponsStep = createStep(
  claimMemberCouponsStepId,
  async (input: ClaimMemberCouponsInput, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const { config } = input
    const claims: CouponClaim[] = input.customer_ids.flatMap((customerId) =>
      Array.from({ length: config.codes_per_month }, (_, index) => ({
        id: generateEntityId(undefined, "mcpn"),
        benefit_id: input.benefit_id,
        customer_id: customerId,
        period: input.period,
        sequence: index + 1,
        code: generateCouponCode(),
        value_type: config.value_type,
        value: config.value,
        currency_code: config.value_type === "fixed" ? (config.currency_code ?? null) : null,
        expires_at: input.expires_at,
      }))
    )
    const claimedIds = await membership.claimMemberCoupons(claims)
    const pending = input.customer_ids.length
      ? await membership.listMemberCoupons(
          { benefit_id: input.benefit_id, period: input.period, customer_id: input.customer_ids, promotion_id: null },
          { select: PENDING_COUPON_FIELDS, order: { customer_id: "ASC", sequence: "ASC" } }
        )
      : []
    return new StepResponse({ claimed: claimedIds.length, pending: pending as unknown as PendingCoupon[] }, claimedIds)
  },
  async (claimedIds, { container }) => {
    if (claimedIds?.length) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).deleteMemberCoupons(claimedIds)
    }
  }
)
