import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE } from "../../../modules/membership"
import type { MembershipModuleService } from "../../../modules/membership"
import { renewMembershipWorkflow } from "../workflows/renew-membership"

export type DueRunSummary = { seen: number; charged: number; renewed: number; failed: number; expired: number; switched: number; errors: number }

/**
 * Runs `renew-membership` for every membership that may need something at `now`: a due charge
 * or retry, a canceled period that ended, a past-due membership whose retries are over, a
 * prepaid switch to another plan. Walks
 * them by id (keyset pagination), so rows that change while it runs are neither skipped nor
 * repeated; each membership's own claim makes concurrent runs charge once.
 */
export async function processDueMemberships(
  container: MedusaContainer,
  now: Date,
  { batchSize = 100, concurrency = 4 }: { batchSize?: number; concurrency?: number } = {}
): Promise<DueRunSummary> {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const summary: DueRunSummary = { seen: 0, charged: 0, renewed: 0, failed: 0, expired: 0, switched: 0, errors: 0 }
  let cursor = ""

  for (;;) {
    const batch = await membership.listMemberships(
      {
        id: { $gt: cursor },
        $or: [
          { status: ["trialing", "active", "past_due"], next_charge_at: { $lte: now } },
          { status: "canceled", current_period_end: { $lte: now } },
          { status: "past_due", next_charge_at: null },
          { status: ["trialing", "active", "past_due", "canceled"], next_plan_id: { $ne: null }, current_period_end: { $lte: now } },
        ],
      },
      { select: ["id"], order: { id: "ASC" }, take: batchSize }
    )
    const renew = async (id: string) => {
      summary.seen++
      try {
        const { result } = await renewMembershipWorkflow(container).run({ input: { membership_id: id, now } })
        if (result.action === "charge") summary.charged++
        if (result.change === "renewed") summary.renewed++
        if (result.change === "payment_failed") summary.failed++
        if (result.change === "expired") summary.expired++
        if (result.change === "plan_switched") summary.switched++
      } catch (error) {
        summary.errors++
        logger.error(`Membership ${id}: renewal run failed: ${(error as Error).message}`)
      }
    }
    // Memberships are independent (each claims its own attempt), so a few run at once.
    const queue = batch.map(({ id }) => id)
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) {
          await renew(id)
        }
      })
    )
    if (batch.length < batchSize) {
      break
    }
    cursor = batch[batch.length - 1].id
  }
  return summary
}
