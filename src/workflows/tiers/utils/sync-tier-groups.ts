import type { TierSync } from "../../../modules/tier"

export const TIER_CHANGED_EVENT = "membership.tier_changed"

export type TierRank = { id: string; rank: number }

/** One `membership.tier_changed` event per move marked synced, up or down by rank. */
export function tierChangedEvents(marked: TierSync[], tiers: TierRank[]) {
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
