import { MedusaError } from "@medusajs/framework/utils"
import { type BenefitType, parseBenefitConfig } from "../../../modules/membership"

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
 * The fields with the config checked against the benefit's type and its defaults filled in (a
 * partner benefit's partner is checked before, by `validatePartnerBenefitStep`).
 */
export function withCheckedConfig(type: BenefitType, fields: BenefitFields): BenefitFields {
  if (fields.config === undefined) {
    return { ...fields }
  }
  const parsed = parseBenefitConfig(type, fields.config)
  if ("error" in parsed) {
    throw invalid(parsed.error)
  }
  return { ...fields, config: parsed.config }
}

/** The benefit as it will be (stored values merged with the change): its window's order and its cost's currency. */
export function assertBenefitWindowAndCost(merged: BenefitFields) {
  if (merged.starts_at && merged.ends_at && new Date(merged.ends_at) <= new Date(merged.starts_at)) {
    throw invalid("ends_at must be after starts_at")
  }
  if ((merged.cost_per_use != null || merged.cost_per_member_month != null) && !merged.cost_currency_code) {
    throw invalid("cost_currency_code is required with a cost")
  }
}

/** The ids of `wanted` that are not in `found`, each once, in the order asked. */
export const missingIds = (wanted: string[], found: { id: string }[]) => {
  const have = new Set(found.map((row) => row.id))
  return [...new Set(wanted)].filter((id) => !have.has(id))
}
