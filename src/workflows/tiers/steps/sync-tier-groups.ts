import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { type TierRank, tierChangedEvents } from "../utils/sync-tier-groups"

export const syncTierGroupsStepId = "sync-tier-groups"

export type SyncTierGroupsInput = {
  /** Only these customers (none when empty); all pending customers when absent. */
  customer_ids?: string[] | null
  batch_size?: number
  /** Seconds to wait for a sync already running. */
  wait_seconds?: number
  /** Leave the moves to the next sync, rather than fail, when this one cannot run. */
  best_effort?: boolean
}

/** One sync at a time across instances: two would add the same customer to a group twice. */
export const SYNC_LOCK = "membership:tier-groups"

/**
 * Brings customer groups in line with tiers for every customer whose tier moved (all, or the
 * listed ones), a page at a time: each page's group moves and its marks commit together (the
 * tier module's `syncTierGroups`), then `membership.tier_changed` is emitted for the moves it
 * marked. It converges: a run that stops halfway leaves the rest pending for the next one; so
 * it has nothing to undo.
 */
export const syncTierGroupsStep = createStep(syncTierGroupsStepId, async (input: SyncTierGroupsInput, { container }) => {
  const customerIds = input.customer_ids ?? null
  if (customerIds && !customerIds.length) {
    return new StepResponse(0)
  }
  const locking = container.resolve(Modules.LOCKING)
  try {
    const synced = await locking.execute(SYNC_LOCK, () => syncPending(container, customerIds, input.batch_size ?? 25_000), {
      timeout: input.wait_seconds ?? 120,
    })
    return new StepResponse(synced)
  } catch (error) {
    if (!input.best_effort) {
      throw error
    }
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Customer groups of ${customerIds?.join(", ")} follow at the next sync: ${(error as Error).message}`)
    return new StepResponse(0)
  }
})

async function syncPending(container: MedusaContainer, customerIds: string[] | null, batchSize: number): Promise<number> {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const tiers = (await tierModule.listMembershipTiers({}, { select: ["id", "rank"], withDeleted: true })) as TierRank[]

  let synced = 0
  let after: string | null = null
  for (;;) {
    const page = await tierModule.nextTierSyncPage(after, batchSize, customerIds)
    if (!page.customers) {
      return synced
    }
    const marked = await tierModule.syncTierGroups(customerIds ? { customerIds } : { customerIds: null, range: { after, upto: page.upto } })
    if (marked.length) {
      await eventBus.emit(tierChangedEvents(marked, tiers))
    }
    synced += marked.length
    if (customerIds || page.upto === null) {
      return synced
    }
    after = page.upto
  }
}
