import type { BenefitType, Standing } from "../../../modules/membership"

export type ShopperBenefit = {
  id: string
  name: string
  description: string | null
  type: BenefitType
  config: Record<string, unknown>
  status: string
  plan_ids: string[]
  tier_ids: string[]
  starts_at: Date | null
  ends_at: Date | null
}

/** What entitles a shopper to benefits (see `shopperStanding`), with every tier's rank by tier id. */
export type ShopperStanding = Standing & { has_account: boolean; tier_ranks: Map<string, number> }
