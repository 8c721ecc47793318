import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  benefitReachRank,
  type CouponDropConfig,
  couponExpiry,
  couponPeriod,
  isBenefitLive,
  LIVE_STATUSES,
  MEMBERSHIP_MODULE,
  type MembershipModuleService,
  parseBenefitConfig,
} from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import type { ShopperBenefit } from "../utils/shopper-benefits"
import { issueCouponDropsWorkflow } from "../workflows/issue-coupon-drops"
import { underLease } from "../../common/steps/lease"

export type CouponDropRunInput = { now?: Date | string; batch_size?: number }

export type CouponDropSummary = { period: string; benefits: number; customers: number; claimed: number; issued: number; errors: number }

export const issueDueCouponDropsStepId = "issue-due-coupon-drops"

/** One coupon drop run at a time across instances. */
const COUPON_DROP_LOCK = "membership:coupon-drops"

/**
 * Issues this month's codes of every live coupon_drop benefit to every customer it reaches now
 * (members of its plans with a live membership, holders of its tiers or higher, with an
 * account), a batch of customers at a time by id, each batch one `issue-coupon-drops` run.
 * Claims are unique per benefit, customer, month and sequence, so a rerun the same month (or a
 * concurrent one) issues nothing new and finishes what an interrupted run left: nothing to undo.
 */
export const issueDueCouponDropsStep = createStep(issueDueCouponDropsStepId, async (input: CouponDropRunInput, { container }) => {
  return new StepResponse(await underLease(container, COUPON_DROP_LOCK, () => issueDueCouponDrops(container, input), 300))
})

async function issueDueCouponDrops(container: MedusaContainer, input: CouponDropRunInput): Promise<CouponDropSummary> {
  const now = new Date(input.now ?? Date.now())
  const batchSize = input.batch_size ?? 200
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [program, tiers, catalogue] = await Promise.all([
    tierModule.loadTierProgram(),
    tierModule.listTiersByRank(),
    membership.listMembershipBenefits({ type: "coupon_drop", status: "active" }, { order: { id: "ASC" } }),
  ])
  const tierRanks = new Map(tiers.map((tier) => [tier.id, tier.rank]))
  const period = couponPeriod(now, program.timezone)
  const summary: CouponDropSummary = { period, benefits: 0, customers: 0, claimed: 0, issued: 0, errors: 0 }

  for (const benefit of (catalogue as unknown as ShopperBenefit[]).filter((benefit) => isBenefitLive(benefit, now))) {
    const parsed = parseBenefitConfig("coupon_drop", benefit.config)
    if ("error" in parsed) {
      summary.errors++
      logger.error(`Coupon drop ${benefit.id}: invalid config (${parsed.error}), skipped`)
      continue
    }
    const config = parsed.config as CouponDropConfig
    const reachRank = benefitReachRank(benefit, tierRanks)
    if (!benefit.plan_ids.length && reachRank === null) {
      continue
    }
    summary.benefits++
    const expiresAt = couponExpiry(now, config.valid_days, program.timezone).toISOString()
    let after: string | null = null
    for (;;) {
      const candidates = await membership.nextCouponRecipients({
        planIds: benefit.plan_ids,
        liveStatuses: LIVE_STATUSES,
        now,
        reachRank,
        after,
        limit: batchSize,
      })
      if (!candidates.length) {
        break
      }
      after = candidates[candidates.length - 1]
      // Like shopperStanding: customers without an account (or deleted) stand nowhere.
      const { data: customers } = await query.graph({
        entity: "customer",
        fields: ["id"],
        filters: { id: candidates, has_account: true },
      })
      const customerIds = customers.map((customer: { id: string }) => customer.id)
      if (!customerIds.length) {
        continue
      }
      try {
        const { result } = await issueCouponDropsWorkflow(container).run({
          input: { benefit: { id: benefit.id, name: benefit.name, config }, customer_ids: customerIds, period, expires_at: expiresAt },
        })
        summary.claimed += result.claimed
        summary.issued += result.issued
      } catch (error) {
        summary.errors++
        logger.error(`Coupon drop ${benefit.id} (${period}): batch after ${customerIds[0]} failed: ${(error as Error).message}`)
      }
      summary.customers += customerIds.length
      logger.info(`Coupon drop ${benefit.id} (${period}): ${summary.customers} customers done, ${summary.issued} codes issued`)
    }
  }
  return summary
}
