import type { MedusaContainer } from "@medusajs/framework/types"
import { runDueWorkflow } from "../lib/run-due-workflow"
import { runCouponDropsWorkflow } from "../workflows/benefits/workflows/run-coupon-drops"
import { jobSchedule } from "../lib/job-schedule"

/**
 * Daily: this month's coupon drop codes for every member a coupon_drop benefit reaches. Daily
 * rather than monthly so members who join (or reach a tier) mid-month get theirs the next day;
 * each member still gets a month's codes once.
 */
export default async function issueCouponDropsJob(container: MedusaContainer) {
  await runDueWorkflow(container, runCouponDropsWorkflow, "Coupon drop")
}

export const config = {
  name: "membership-coupon-drops",
  schedule: jobSchedule("membership-coupon-drops", "20 0 * * *"),
}
