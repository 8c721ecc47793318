import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { type BenefitFields, invalid, missingIds } from "../utils/benefit-fields"

/** That the plans and tiers a benefit names exist (plans first, as the message names one kind). */
export async function assertBenefitReferences(container: MedusaContainer, fields: Pick<BenefitFields, "plan_ids" | "tier_ids">) {
  if (fields.plan_ids?.length) {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const missing = missingIds(fields.plan_ids, await membership.listMembershipPlans({ id: fields.plan_ids }, { select: ["id"] }))
    if (missing.length) {
      throw invalid(`Unknown plan ids: ${missing.join(", ")}`)
    }
  }
  if (fields.tier_ids?.length) {
    const tiers: TierModuleService = container.resolve(TIER_MODULE)
    const missing = missingIds(fields.tier_ids, await tiers.listMembershipTiers({ id: fields.tier_ids }, { select: ["id"] }))
    if (missing.length) {
      throw invalid(`Unknown tier ids: ${missing.join(", ")}`)
    }
  }
}
