import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"

export const TIER_CHANGED_EVENT = "membership.tier_changed"

/** One sync at a time across instances: two would add the same customer to a group twice. */
const SYNC_LOCK = "membership:tier-groups"

/**
 * Brings customer groups in line with tiers for every customer whose tier moved (all, or the
 * listed ones): out of every other tier's group, into their tier's, then marked synced and
 * `membership.tier_changed` emitted for the moves this call marked. It converges: a run that
 * stops halfway leaves the rest pending for the next one, and re-adding is never attempted.
 */
export async function syncTierGroups(
  container: MedusaContainer,
  {
    customerIds = null,
    batchSize = 500,
    timeout = 120,
  }: { customerIds?: string[] | null; batchSize?: number; /** Seconds to wait for a sync already running. */ timeout?: number } = {}
): Promise<number> {
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(SYNC_LOCK, () => syncPending(container, customerIds, batchSize), { timeout })
}

async function syncPending(container: MedusaContainer, customerIds: string[] | null, batchSize: number): Promise<number> {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const eventBus = container.resolve(Modules.EVENT_BUS)

  const tiers = await tierModule.listMembershipTiers({}, { select: ["id", "rank", "customer_group_id"], withDeleted: true })
  const groupOf = new Map(tiers.map((tier) => [tier.id, tier.customer_group_id]))
  const rankOf = new Map(tiers.map((tier) => [tier.id, tier.rank]))
  const managedGroups = new Set(tiers.map((tier) => tier.customer_group_id).filter(Boolean))

  let synced = 0
  for (;;) {
    const pending = await tierModule.listPendingTierSyncs(batchSize, customerIds)
    if (!pending.length) {
      return synced
    }
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "groups.id"],
      filters: { id: pending.map((row) => row.customer_id) },
    })
    const groupsOf = new Map(
      (data as { id: string; groups?: { id: string }[] }[]).map((customer) => [customer.id, (customer.groups ?? []).map((group) => group.id)])
    )
    const remove: { customer_id: string; customer_group_id: string }[] = []
    const add: { customer_id: string; customer_group_id: string }[] = []
    for (const row of pending) {
      const target = row.tier_id ? groupOf.get(row.tier_id) : null
      const current = groupsOf.get(row.customer_id)
      if (!current) {
        continue // the customer was deleted: nothing to sync, only the mark below
      }
      for (const groupId of current) {
        if (managedGroups.has(groupId) && groupId !== target) {
          remove.push({ customer_id: row.customer_id, customer_group_id: groupId })
        }
      }
      if (target && !current.includes(target)) {
        add.push({ customer_id: row.customer_id, customer_group_id: target })
      }
    }
    if (remove.length) {
      await customers.removeCustomerFromGroup(remove)
    }
    if (add.length) {
      await customers.addCustomerToGroup(add)
    }
    const marked = await tierModule.markTierSynced(pending)
    if (marked.length) {
      await eventBus.emit(
        marked.map((move) => ({
          name: TIER_CHANGED_EVENT,
          data: {
            customer_id: move.customer_id,
            from_tier_id: move.synced_tier_id,
            to_tier_id: move.tier_id,
            direction: (rankOf.get(move.tier_id ?? "") ?? 0) > (rankOf.get(move.synced_tier_id ?? "") ?? 0) ? "up" : "down",
          },
        }))
      )
    }
    synced += marked.length
    if (!marked.length) {
      return synced // every row moved again meanwhile; the next run picks them up
    }
  }
}
