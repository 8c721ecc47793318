import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { type TierRank, tierChangedEvents } from "../utils/sync-tier-groups"
import { type EvaluationCounts, evaluationParams } from "../utils/tier-rules"
import { underLease } from "../../common/steps/lease"
import { SYNC_LOCK } from "./sync-tier-groups"

export type ReevaluationInput = { now?: Date | string; batch_size?: number }

export type ReevaluationSummary = EvaluationCounts & { expired: number; synced: number }

/** One full re-evaluation at a time across instances. */
const EVALUATION_LOCK = "membership:tier-evaluation"

/**
 * Re-evaluates every customer with growth or a tier, a range of customer ids at a time: writes
 * the expiry entries of growth that left the window, moves the range to the tier the program
 * gives it, applying the downgrade policy, and moves the movers' customer groups, then emits
 * their `membership.tier_changed`. Each range is one set-based statement and idempotent, so a
 * rerun (or a run cut short) converges. It holds the group-sync lock too: no other sync writes
 * groups beside it. `syncTierGroupsStep` then syncs whoever is still pending (moved by an
 * evaluation whose sync did not run).
 */
async function reevaluateAll(container: MedusaContainer, now: Date, batchSize: number): Promise<ReevaluationSummary> {
  return underLease(container, [EVALUATION_LOCK, SYNC_LOCK], () => run(container, now, batchSize), 300)
}

async function run(container: MedusaContainer, now: Date, batchSize: number): Promise<ReevaluationSummary> {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const [program, tiers] = await Promise.all([tierModule.loadTierProgram(), tierModule.listTiersByRank()])
  const ranks = (await tierModule.listMembershipTiers({}, { select: ["id", "rank"], withDeleted: true })) as TierRank[]
  const day = now.toISOString().slice(0, 10)
  const summary: ReevaluationSummary = { up: 0, down: 0, stay: 0, expired: 0, synced: 0 }

  let after: string | null = null
  for (;;) {
    const upto = await tierModule.nextTierBatchEnd(after, batchSize)
    const range = { after, upto }
    const batch = await tierModule.reevaluateBatch({ ...evaluationParams(program, tiers, { now, customerIds: null, scheduled: true }), range }, { day, syncGroups: true })
    for (const key of ["up", "down", "stay", "expired"] as const) {
      summary[key] += batch[key]
    }
    if (batch.moves.length) {
      await eventBus.emit(tierChangedEvents(batch.moves, ranks))
    }
    summary.synced += batch.moves.length
    logger.info(`Tier re-evaluation: ${summary.up + summary.down + summary.stay} customers done (${summary.up} up, ${summary.down} down)`)
    if (upto === null) {
      return summary
    }
    after = upto
  }
}

export const reevaluateTiersStepId = "reevaluate-tiers"

/**
 * Re-evaluates everyone (the nightly job, a rules change). Last in its workflows: each batch it
 * commits is what the saved rules give, and a rerun converges, so it has nothing to undo.
 */
export const reevaluateTiersStep = createStep(reevaluateTiersStepId, async (input: ReevaluationInput, { container }) => {
  const now = input.now ? new Date(input.now) : new Date()
  return new StepResponse(await reevaluateAll(container, now, input.batch_size ?? 50_000))
})
