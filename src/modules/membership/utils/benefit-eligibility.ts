export type EligibleBenefit = {
  id: string
  status: string
  plan_ids: string[]
  tier_ids: string[]
  starts_at?: Date | string | null
  ends_at?: Date | string | null
}

export type Standing = {
  /** The plan of the shopper's live membership and any plan in the cart they are buying. */
  plan_ids: string[]
  /** The rank of the shopper's tier; 0 without one. */
  tier_rank: number
}

/** Whether the benefit is on and inside its window at `now`. */
export function isBenefitLive(benefit: EligibleBenefit, now: Date): boolean {
  const starts = benefit.starts_at ? new Date(benefit.starts_at) : null
  const ends = benefit.ends_at ? new Date(benefit.ends_at) : null
  return benefit.status === "active" && (!starts || starts <= now) && (!ends || now < ends)
}

/**
 * The lowest tier rank a benefit reaches: holders of its tiers and of every tier above keep it
 * (null: no live tier grants it).
 */
export function benefitReachRank(benefit: Pick<EligibleBenefit, "tier_ids">, tierRanks: Map<string, number>): number | null {
  const ranks = benefit.tier_ids.map((tierId) => tierRanks.get(tierId)).filter((rank): rank is number => rank !== undefined)
  return ranks.length ? Math.min(...ranks) : null
}

/**
 * The live benefits a standing grants: those of its plan, and those of its tier and every tier
 * below it (a higher tier keeps what the lower ones give).
 */
export function grantedBenefits<B extends EligibleBenefit>(
  benefits: B[],
  standing: Standing,
  tierRanks: Map<string, number>,
  now: Date
): B[] {
  return benefits.filter(
    (benefit) =>
      isBenefitLive(benefit, now) &&
      (benefit.plan_ids.some((planId) => standing.plan_ids.includes(planId)) ||
        reachesTier(benefitReachRank(benefit, tierRanks), standing.tier_rank))
  )
}

function reachesTier(reachRank: number | null, tierRank: number): boolean {
  return reachRank !== null && tierRank > 0 && tierRank >= reachRank
}
