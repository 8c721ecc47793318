import { model } from "@medusajs/framework/utils"

/**
 * A member level (e.g. Silver, Gold). A customer holds the highest tier whose condition they
 * meet: growth ≥ `threshold` in growth mode, or spend ≥ `rfm_min_spend` and orders ≥
 * `rfm_min_orders` within the window in RFM mode. Each tier is mirrored by a customer group
 * the plugin manages, so Medusa's price lists and promotions can target it.
 */
export const MembershipTier = model
  .define("membership_tier", {
    id: model.id({ prefix: "mtier" }).primaryKey(),
    name: model.text().searchable(),
    rank: model.number(),
    threshold: model.number().default(0),
    rfm_min_spend: model.number().default(0),
    rfm_min_orders: model.number().default(0),
    badge_label: model.text().nullable(),
    badge_color: model.text().nullable(),
    badge_icon: model.text().nullable(),
    description: model.text().nullable(),
    customer_group_id: model.text().nullable(),
  })
  .indexes([{ on: ["rank"], unique: true, where: "deleted_at IS NULL" }])
