import { model } from "@medusajs/framework/utils"
import { POINTS_EXPIRY_MODES } from "../../../types/http"

export { POINTS_EXPIRY_MODES }
export type { PointsExpiryMode } from "../../../types/http"

/**
 * The store's points rules. One row, keyed `default`, created with the defaults on first read.
 * Rates are per currency: `earn_rates` `[{ currency_code, points_per_unit, min_order }]` (points
 * per unit of money paid, and the smallest order that earns), `redemption_rates`
 * `[{ currency_code, points_per_unit }]` (points one unit of money costs at checkout).
 */
export const PointsProgram = model.define("points_program", {
  id: model.id({ prefix: "pprog" }).primaryKey(),
  key: model.text().unique(),
  earn_rates: model.json(),
  redemption_rates: model.json(),
  exclude_shipping: model.boolean().default(true),
  exclude_tax: model.boolean().default(true),
  /** `[{ tier_id, multiplier }]`; a benefit of type points_multiplier multiplies too. */
  tier_multipliers: model.json(),
  /** Days earned points stay pending (spendable after); the return window. */
  pending_days: model.number().default(30),
  expiry_mode: model.enum([...POINTS_EXPIRY_MODES]).default("days"),
  expiry_days: model.number().default(365),
  /** The most of an order's total points may pay, in percent. */
  max_share_percent: model.number().default(50),
  /** The fewest points one redemption may use. */
  min_redemption: model.number().default(100),
  /** The store's time zone: "end of the following year" ends there. */
  timezone: model.text().default("UTC"),
})
