import { type EvaluationParams, type TierRule, windowCutoff, type TierProgramSettings } from "../../../modules/tier"

/** Customer-group metadata key holding the rank of the tier the group mirrors. */
export const GROUP_TIER_RANK_KEY = "membership_tier_rank"

export const toTierRule = (tier: TierRule): TierRule => ({
  id: tier.id,
  rank: tier.rank,
  threshold: tier.threshold,
  rfm_min_spend: tier.rfm_min_spend,
  rfm_min_orders: tier.rfm_min_orders,
})

/**
 * Evaluation parameters for a program and tiers. `scheduled` is a full re-evaluation (the job,
 * a rules change), where the downgrade policy applies; otherwise only upgrades happen.
 */
export function evaluationParams(
  program: Pick<TierProgramSettings, "mode" | "window_days" | "downgrade_policy" | "protection_days">,
  tiers: TierRule[],
  { now, customerIds, scheduled }: { now: Date; customerIds: string[] | null; scheduled: boolean }
): EvaluationParams {
  return {
    now,
    mode: program.mode,
    cutoff: windowCutoff(now, program.window_days),
    mayDowngrade: scheduled && program.downgrade_policy === "scheduled",
    protectionDays: program.protection_days,
    tiers: tiers.map(toTierRule),
    customerIds,
  }
}

export type EvaluationCounts = { up: number; down: number; stay: number }

export function countDirections(rows: { direction?: string; key?: string | null; kind?: string; members: number }[]): EvaluationCounts {
  const counts: EvaluationCounts = { up: 0, down: 0, stay: 0 }
  for (const row of rows) {
    const direction = (row.direction ?? row.key) as keyof EvaluationCounts
    if ((row.kind === undefined || row.kind === "direction") && direction in counts) {
      counts[direction] += row.members
    }
  }
  return counts
}

/**
 * The tier a customer held at `at`, from their current tier row: the current tier if they reached
 * it by then, else the one they held before it (exact unless they moved twice since `at`).
 */
export function tierHeldAt(
  standing: { tier_id?: string | null; previous_tier_id?: string | null; achieved_at?: Date | string | null } | undefined,
  at: Date
): string | null {
  if (!standing) {
    return null
  }
  const movedSince = standing.achieved_at && new Date(standing.achieved_at).getTime() > at.getTime()
  return (movedSince ? standing.previous_tier_id : standing.tier_id) ?? null
}
