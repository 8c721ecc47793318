import { model } from "@medusajs/framework/utils"
import { AWARD_TRIGGERS, DOWNGRADE_POLICIES, TIER_MODES } from "../../../types/http"

export { AWARD_TRIGGERS, DOWNGRADE_POLICIES, TIER_MODES }
export type { AwardTrigger, DowngradePolicy, TierMode } from "../../../types/http"

/**
 * The store's tier program: how tiers are qualified and how growth is earned. One row, keyed
 * `default`; it is created with the defaults on first read.
 */
export const TierProgram = model.define("tier_program", {
  id: model.id({ prefix: "tprog" }).primaryKey(),
  key: model.text().unique(),
  mode: model.enum([...TIER_MODES]).default("growth"),
  /** Rolling window over which growth (or RFM spend and orders) counts; null = lifetime. */
  window_days: model.number().nullable(),
  downgrade_policy: model.enum([...DOWNGRADE_POLICIES]).default("never"),
  /** Days after an upgrade during which a scheduled re-evaluation does not downgrade. */
  protection_days: model.number().default(0),
  award_on: model.enum([...AWARD_TRIGGERS]).default("capture"),
  exclude_shipping: model.boolean().default(true),
  exclude_tax: model.boolean().default(true),
  /** `[{ currency_code, growth_per_unit, spend_rate }]` */
  earn_rates: model.json(),
  order_bonus: model.number().default(0),
  /** `[{ plan_id, multiplier }]`: paid members of a plan earn order growth faster. */
  plan_multipliers: model.json(),
  check_in_growth: model.number().default(0),
  streak_days: model.number().nullable(),
  streak_bonus: model.number().default(0),
  /** The store's time zone: a check-in day is a calendar day there. */
  timezone: model.text().default("UTC"),
})
