import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type BenefitType, type MembershipModuleService, parseBenefitConfig } from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"

export type BenefitFields = {
  name?: string
  description?: string | null
  config?: Record<string, unknown>
  plan_ids?: string[]
  tier_ids?: string[]
  starts_at?: Date | null
  ends_at?: Date | null
  status?: "active" | "archived"
  cost_per_use?: number | null
  cost_per_member_month?: number | null
  cost_currency_code?: string | null
}

export const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks what the request alone cannot: the config against the benefit's type (filling in its
 * defaults; a partner benefit's partner is checked before, by `validatePartnerBenefitStep`), that
 * the plans and tiers exist, and — with the stored values for an update — the window's order and
 * the cost's currency.
 */
export async function checked(
  container: MedusaContainer,
  type: BenefitType,
  fields: BenefitFields,
  stored: BenefitFields & { id?: string } = {}
) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const result: BenefitFields = { ...fields }
  if (fields.config !== undefined) {
    const parsed = parseBenefitConfig(type, fields.config)
    if ("error" in parsed) {
      throw invalid(parsed.error)
    }
    result.config = parsed.config
  }
  const unknown = async (label: string, ids: string[] | undefined, list: (ids: string[]) => Promise<{ id: string }[]>) => {
    if (!ids?.length) {
      return
    }
    const found = new Set((await list(ids)).map((row) => row.id))
    const missing = [...new Set(ids)].filter((id) => !found.has(id))
    if (missing.length) {
      throw invalid(`Unknown ${label} ids: ${missing.join(", ")}`)
    }
  }
  await unknown("plan", fields.plan_ids, (ids) => membership.listMembershipPlans({ id: ids }, { select: ["id"] }))
  await unknown("tier", fields.tier_ids, (ids) => container.resolve<TierModuleService>(TIER_MODULE).listMembershipTiers({ id: ids }, { select: ["id"] }))
  const merged = { ...stored, ...result }
  if (merged.starts_at && merged.ends_at && new Date(merged.ends_at) <= new Date(merged.starts_at)) {
    throw invalid("ends_at must be after starts_at")
  }
  if ((merged.cost_per_use != null || merged.cost_per_member_month != null) && !merged.cost_currency_code) {
    throw invalid("cost_currency_code is required with a cost")
  }
  return result
}
