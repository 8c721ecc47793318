import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService, windowCutoff } from "../../../modules/tier"
import { type EvaluationCounts, evaluationParams } from "../utils/tier-rules"
import { underLease } from "../../common/steps/lease"

export type ReevaluationInput = { now?: Date | string; batch_size?: number }

export type ReevaluationSummary = EvaluationCounts & { expired: number; synced: number }

/** One full re-evaluation at a time across instances. */
const EVALUATION_LOCK = "membership:tier-evaluation"

/**
 * Re-evaluates every customer with growth or a tier, a batch of customers at a time (by id):
 * writes the expiry entries of growth that left the window, then moves each batch to the tier
 * the program gives it, applying the downgrade policy. Each batch is set-based SQL and
 * idempotent, so a rerun (or a run cut short) converges. `syncTierGroupsStep` then moves
 * customer groups (its count goes in `synced`).
 */
async function reevaluateAll(container: MedusaContainer, now: Date, batchSize: number): Promise<ReevaluationSummary> {
  return underLease(container, EVALUATION_LOCK, () => run(container, now, batchSize), 300)
}

async function run(container: MedusaContainer, now: Date, batchSize: number): Promise<ReevaluationSummary> {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [program, tiers] = await Promise.all([tierModule.loadTierProgram(), tierModule.listTiersByRank()])
  const cutoff = windowCutoff(now, program.window_days)
  const day = now.toISOString().slice(0, 10)
  const summary: ReevaluationSummary = { up: 0, down: 0, stay: 0, expired: 0, synced: 0 }

  let after: string | null = null
  let seen = 0
  for (;;) {
    const customerIds = await tierModule.nextTierBatch(after, batchSize)
    if (!customerIds.length) {
      break
    }
    summary.expired += await tierModule.expireGrowth({ now, cutoff, day, customerIds })
    const rows = await tierModule.evaluateTiers(evaluationParams(program, tiers, { now, customerIds, scheduled: true }))
    for (const row of rows) {
      summary[row.direction as keyof EvaluationCounts] += row.members
    }
    seen += customerIds.length
    after = customerIds[customerIds.length - 1]
    logger.info(`Tier re-evaluation: ${seen} customers done (${summary.up} up, ${summary.down} down)`)
  }
  return summary
}

export const reevaluateTiersStepId = "reevaluate-tiers"

/**
 * Re-evaluates everyone (the nightly job, a rules change). Last in its workflows: each batch it
 * commits is what the saved rules give, and a rerun converges, so it has nothing to undo.
 */
export const reevaluateTiersStep = createStep(reevaluateTiersStepId, async (input: ReevaluationInput, { container }) => {
  const now = input.now ? new Date(input.now) : new Date()
  return new StepResponse(await reevaluateAll(container, now, input.batch_size ?? 1000))
})
