import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { type TierOfGroup, tierChangedEvents, tierGroupChanges } from "../utils/sync-tier-groups"

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
const SYNC_LOCK = "membership:tier-groups"

/**
 * Brings customer groups in line with tiers for every customer whose tier moved (all, or the
 * listed ones), marks them synced and emits `membership.tier_changed` for the moves it marked.
 * It converges: a run that stops halfway leaves the rest pending for the next one, and
 * re-adding is never attempted; so it has nothing to undo.
 */
export const syncTierGroupsStep = createStep(syncTierGroupsStepId, async (input: SyncTierGroupsInput, { container }) => {
  const customerIds = input.customer_ids ?? null
  if (customerIds && !customerIds.length) {
    return new StepResponse(0)
  }
  const locking = container.resolve(Modules.LOCKING)
  try {
    const synced = await locking.execute(SYNC_LOCK, () => syncPending(container, customerIds, input.batch_size ?? 500), {
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
  const customers = container.resolve(Modules.CUSTOMER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const tiers = (await tierModule.listMembershipTiers({}, { select: ["id", "rank", "customer_group_id"], withDeleted: true })) as TierOfGroup[]

  let synced = 0
  for (;;) {
    const pending = await tierModule.listPendingTierSyncs(batchSize, customerIds)
    if (!pending.length) {
      return synced
    }
    const { data } = await query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: pending.map((row) => row.customer_id) } })
    const groupsOf = new Map(
      (data as { id: string; groups?: { id: string }[] }[]).map((customer) => [customer.id, (customer.groups ?? []).map((group) => group.id)])
    )
    const { add, remove } = tierGroupChanges(pending, groupsOf, tiers)
    if (remove.length) {
      await customers.removeCustomerFromGroup(remove)
    }
    if (add.length) {
      await customers.addCustomerToGroup(add)
    }
    const marked = await tierModule.markTierSynced(pending)
    if (marked.length) {
      await eventBus.emit(tierChangedEvents(marked, tiers))
    }
    synced += marked.length
    if (!marked.length) {
      return synced // every row moved again meanwhile; the next run picks them up
    }
  }
}
