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
        benefit.tier_ids.some((tierId) => {
          const rank = tierRanks.get(tierId)
          return rank !== undefined && standing.tier_rank > 0 && rank <= standing.tier_rank
        }))
  )
}
