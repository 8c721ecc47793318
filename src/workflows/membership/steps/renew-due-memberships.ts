import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { renewMembership } from "../workflows/renew-membership"

export type DueRunInput = { now: Date | string; batch_size?: number; concurrency?: number }

export type DueRunSummary = { seen: number; charged: number; renewed: number; failed: number; expired: number; switched: number; errors: number }

export const renewDueMembershipsStepId = "renew-due-memberships"

/**
 * Runs `renew-membership` for every membership due at `now` (see `listDueMembershipIds`), walking
 * them by id so rows that change while it runs are neither skipped nor repeated. Each renewal is
 * its own workflow with its own claim and compensation, so concurrent runs charge once and there
 * is nothing to undo here.
 */
export const renewDueMembershipsStep = createStep(renewDueMembershipsStepId, async (input: DueRunInput, { container }) => {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = new Date(input.now)
  const batchSize = input.batch_size ?? 100
  const summary: DueRunSummary = { seen: 0, charged: 0, renewed: 0, failed: 0, expired: 0, switched: 0, errors: 0 }
  const renew = async (id: string) => {
    summary.seen++
    try {
      const result = await renewMembership(container, id, now)
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
  for (let after = ""; ; ) {
    const batch = await membership.listDueMembershipIds(now, after, batchSize)
    const queue = [...batch]
    // Memberships are independent (each claims its own attempt), so a few run at once.
    await Promise.all(
      Array.from({ length: Math.min(input.concurrency ?? 4, queue.length) }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) {
          await renew(id)
        }
      })
    )
    if (batch.length < batchSize) {
      break
    }
    after = batch[batch.length - 1]
  }
  return new StepResponse(summary)
})
