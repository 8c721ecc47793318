import type { TierSync } from "../../../modules/tier"

export const TIER_CHANGED_EVENT = "membership.tier_changed"

export type TierOfGroup = { id: string; rank: number; customer_group_id: string | null }
export type GroupMembership = { customer_id: string; customer_group_id: string }

/**
 * The group moves that bring these customers in line with their tiers: out of every other tier's
 * group, into their tier's. `groupsOf` holds each customer's current groups; a customer missing
 * from it was deleted and moves nowhere.
 */
export function tierGroupChanges(pending: TierSync[], groupsOf: Map<string, string[]>, tiers: TierOfGroup[]) {
  const groupOf = new Map(tiers.map((tier) => [tier.id, tier.customer_group_id]))
  const managedGroups = new Set(tiers.map((tier) => tier.customer_group_id).filter(Boolean))
  const remove: GroupMembership[] = []
  const add: GroupMembership[] = []
  for (const row of pending) {
    const target = row.tier_id ? groupOf.get(row.tier_id) : null
    const current = groupsOf.get(row.customer_id)
    if (!current) {
      continue
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
  return { add, remove }
}

/** One `membership.tier_changed` event per move marked synced, up or down by rank. */
export function tierChangedEvents(marked: TierSync[], tiers: TierOfGroup[]) {
  const rankOf = new Map(tiers.map((tier) => [tier.id, tier.rank]))
  return marked.map((move) => ({
    name: TIER_CHANGED_EVENT,
    data: {
      customer_id: move.customer_id,
      from_tier_id: move.synced_tier_id,
      to_tier_id: move.tier_id,
      direction: (rankOf.get(move.tier_id ?? "") ?? 0) > (rankOf.get(move.synced_tier_id ?? "") ?? 0) ? "up" : "down",
    },
  }))
}
