import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type { MembershipModuleService } from "../../modules/membership"
import { windowCutoff } from "../../modules/membership"
import type { SavedTier } from "../../workflows/tiers/utils/tier-rules"
import { listTiers } from "../../workflows/tiers/utils/tier-rules"

/** One tier holding more than this share of members is a warning sign (seed 001). */
export const CROWDED_TIER_SHARE = 0.75

/** The part of a re-evaluation summary a response shows: who moved up, down, or stayed. */
export const evaluationCounts = ({ up, down, stay }: { up: number; down: number; stay: number }) => ({ up, down, stay })

export const storeTierView = (tier: SavedTier) => ({
  id: tier.id,
  name: tier.name,
  rank: tier.rank,
  badge: { label: tier.badge_label ?? tier.name, color: tier.badge_color, icon: tier.badge_icon },
  description: tier.description,
})

/** Members per tier (and below the lowest), each tier's share, and whether one tier is crowded. */
export async function tierDistribution(container: MedusaContainer, tiers: SavedTier[]) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const rows = await membership.tierDistribution()
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

/**
 * A customer's standing: their tier, their growth (in the window and lifetime) and RFM figures,
 * and the next tier with what is left to reach it.
 */
export async function customerStanding(container: MedusaContainer, customerId: string, now = new Date()) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [program, tiers, [row]] = await Promise.all([
    membership.loadTierProgram(),
    listTiers(container),
    membership.listCustomerTiers({ customer_id: customerId }, { take: 1 }),
  ])
  const growth = await membership.growthTotals(customerId, windowCutoff(now, program.window_days))
  const tier = tiers.find((candidate) => candidate.id === row?.tier_id) ?? null
  const next = tiers.find((candidate) => candidate.rank > (tier?.rank ?? 0)) ?? null
  const progressOf = (next: SavedTier) => {
    const [have, need] = program.mode === "rfm" ? [growth.spend, next.rfm_min_spend] : [growth.balance, next.threshold]
    return { remaining: Math.max(0, need - have), progress: need > 0 ? Math.min(1, Math.max(0, have / need)) : 1 }
  }
  return {
    program,
    tier,
    next_tier: next ? { tier: next, ...progressOf(next) } : null,
    growth,
    protected_until: row?.protected_until ?? null,
  }
}
