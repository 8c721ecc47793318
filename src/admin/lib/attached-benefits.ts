import type { MembershipBenefit, UpdateBenefitBody } from "../../types/http"

/** A plan or a tier, as the benefits that list it see it. */
export type BenefitHolder = { kind: "plan" | "tier"; id: string; name: string }

const idsOf = (benefit: MembershipBenefit, kind: BenefitHolder["kind"]) =>
  (kind === "plan" ? benefit.plan_ids : benefit.tier_ids) ?? []

/** The benefits that list the plan or tier among theirs. */
export const attachedBenefits = (benefits: MembershipBenefit[], holder: BenefitHolder) =>
  benefits.filter((benefit) => idsOf(benefit, holder.kind).includes(holder.id))

export type InheritedBenefit = { benefit: MembershipBenefit; from: string[] }

/**
 * What a tier gets from the tiers below it (a tier's benefits reach every higher tier), with the
 * names of the lower tiers that give it; benefits the tier lists itself are not repeated.
 */
export function inheritedBenefits(
  benefits: MembershipBenefit[],
  tier: { id: string; rank: number },
  tiers: { id: string; name: string; rank: number }[]
): InheritedBenefit[] {
  const lower = tiers.filter((other) => other.rank < tier.rank)
  return benefits.flatMap((benefit) => {
    if (benefit.tier_ids.includes(tier.id)) {
      return []
    }
    const from = lower.filter((other) => benefit.tier_ids.includes(other.id)).map((other) => other.name)
    return from.length ? [{ benefit, from }] : []
  })
}

/**
 * The updates that make exactly `selected` list the holder: the holder is added to newly picked
 * benefits and removed from unpicked ones; the others are left alone.
 */
export function attachmentUpdates(
  benefits: MembershipBenefit[],
  holder: BenefitHolder,
  selected: string[]
): (UpdateBenefitBody & { id: string })[] {
  const field = holder.kind === "plan" ? "plan_ids" : "tier_ids"
  return benefits.flatMap((benefit) => {
    const ids = idsOf(benefit, holder.kind)
    const listed = ids.includes(holder.id)
    const wanted = selected.includes(benefit.id)
    if (listed === wanted) {
      return []
    }
    return [{ id: benefit.id, [field]: wanted ? [...ids, holder.id] : ids.filter((id) => id !== holder.id) }]
  })
}
