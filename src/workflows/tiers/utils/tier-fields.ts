import { MedusaError } from "@medusajs/framework/utils"
import type { TierModuleService } from "../../../modules/tier"
import type { TierBody } from "../../../types/http"

export type TierFields = Partial<TierBody>

export const groupName = (tierName: string) => `Tier: ${tierName}`

export type RankedTier = { id?: string; name: string; rank: number; threshold: number; rfm_min_spend: number }

/**
 * A tier's rank must be free, and a higher rank must not ask for less growth or spend than a
 * lower one: the highest tier a member qualifies for wins, so such a lower tier could never be
 * reached. (Order counts may fall with rank: "≥ 2000, any count" above "≥ 1000 and ≥ 10 orders".)
 */
export async function assertFitsLadder(membership: TierModuleService, tier: RankedTier) {
  const others = (await membership.listMembershipTiers({}, { select: ["id", "name", "rank", "threshold", "rfm_min_spend"] })).filter(
    (other) => other.id !== tier.id
  )
  const taken = others.find((other) => other.rank === tier.rank)
  if (taken) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Rank ${tier.rank} is already used by the tier "${taken.name}"`)
  }
  for (const other of others) {
    const [lower, higher] = other.rank < tier.rank ? [other, tier] : [tier, other]
    if (higher.threshold < lower.threshold || higher.rfm_min_spend < lower.rfm_min_spend) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${higher.name}" ranks above "${lower.name}" and must not need less growth (threshold) or spend (rfm_min_spend)`
      )
    }
  }
}
