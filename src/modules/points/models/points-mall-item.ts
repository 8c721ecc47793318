import { model } from "@medusajs/framework/utils"
import { MALL_ITEM_KINDS, MALL_ITEM_STATUSES, MALL_LIMIT_PERIODS } from "../../../types/http"

export { MALL_ITEM_KINDS, MALL_ITEM_STATUSES, MALL_LIMIT_PERIODS }
export type { MallItemKind, MallLimitPeriod } from "../../../types/http"

/**
 * Something shoppers buy with points: a product variant (an order is placed for them) or a
 * single-use coupon (`coupon`: `{ value_type, value, currency_code?, valid_days }`). `stock`
 * null is unlimited; `limit_per_member` caps redemptions per customer in `limit_period`;
 * `tier_ids` empty lets every customer redeem. `cash_price` (points plus money) is kept for
 * later: items with one are refused for now.
 */
export const PointsMallItem = model
  .define("points_mall_item", {
    id: model.id({ prefix: "pmitem" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    image_url: model.text().nullable(),
    kind: model.enum([...MALL_ITEM_KINDS]),
    points_price: model.number(),
    cash_price: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    variant_id: model.text().nullable(),
    coupon: model.json().nullable(),
    partner_benefit_id: model.text().nullable(),
    stock: model.number().nullable(),
    limit_per_member: model.number().nullable(),
    limit_period: model.enum([...MALL_LIMIT_PERIODS]).default("ever"),
    tier_ids: model.json(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    status: model.enum([...MALL_ITEM_STATUSES]).default("active"),
  })
  .indexes([{ on: ["status"] }])
