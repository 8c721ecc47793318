import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../src/modules/membership"
import { createMembershipBenefitWorkflow } from "../../src/workflows/benefits/workflows/create-membership-benefit"
import { issueCouponDrops } from "../../src/workflows/benefits"

const DEMO_COUPON_DROP = "PLUS monthly coupons"

/**
 * A coupon drop for PLUS Annual members (two €6 codes a month), and this month's codes issued.
 * Not €5: Medusa orders promotions by their value alone, so a code worth 5 would tie with the 5%
 * member discount and apply before or after it depending on how Postgres returns the rows.
 */
export async function seedCouponDrops(container: MedusaContainer) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [plan] = await membership.listMembershipPlans({ handle: "plus-annual" })
  const [existing] = await membership.listMembershipBenefits({ type: "coupon_drop", name: DEMO_COUPON_DROP })
  if (plan && !existing) {
    await createMembershipBenefitWorkflow(container).run({
      input: {
        name: DEMO_COUPON_DROP,
        description: "Two €6 codes every month, each good for 30 days.",
        type: "coupon_drop",
        config: { codes_per_month: 2, value_type: "fixed", value: 6, currency_code: "eur", valid_days: 30 },
        plan_ids: [plan.id],
        cost_per_use: 5,
        cost_currency_code: "eur",
      },
    })
  }
  // What the daily job would do; issues nothing already issued this month.
  await issueCouponDrops(container)
}
