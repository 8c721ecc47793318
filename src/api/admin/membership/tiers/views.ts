import type { MedusaContainer } from "@medusajs/framework/types"
import { TIER_MODULE, type TierModuleService, type SavedTier } from "../../../../modules/tier"

/** One tier holding more than this share of members is a warning sign (seed 001). */
export const CROWDED_TIER_SHARE = 0.75

/** Members per tier (and below the lowest), each tier's share, and whether one tier is crowded. */
export async function tierDistribution(container: MedusaContainer, tiers: SavedTier[]) {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const rows = await tierModule.tierDistribution()
  const live = new Set(tiers.map((tier) => tier.id))
  const membersOf = (tierId: string | null) =>
    rows.filter((row) => (tierId ? row.tier_id === tierId : !row.tier_id || !live.has(row.tier_id))).reduce((sum, row) => sum + row.members, 0)
  const total = rows.reduce((sum, row) => sum + row.members, 0)
  const entries = [{ tier_id: null as string | null, name: "No tier" }, ...tiers.map((tier) => ({ tier_id: tier.id as string | null, name: tier.name }))].map(
    (entry) => {
      const members = membersOf(entry.tier_id)
      return { ...entry, members, share: total ? members / total : 0 }
    }
  )
  // The warning is about members stuck in one tier; customers below every tier are not one.
  const dominant = entries.slice(1).reduce<(typeof entries)[number] | null>((best, entry) => (!best || entry.members > best.members ? entry : best), null)
  const flagged = Boolean(dominant && dominant.share > CROWDED_TIER_SHARE)
  return { total_members: total, tiers: entries, flagged, dominant_tier_id: flagged ? dominant!.tier_id : null }
}
