import { model } from "@medusajs/framework/utils"

/**
 * A customer's current tier, reached at `achieved_at`; `previous_tier_id` is the one they held
 * before it (so what held at a moment before `achieved_at` is known, e.g. when an order was
 * placed). `synced_tier_id` is the tier their customer groups reflect:
 * a row where it differs from `tier_id` still has its groups (and its `tier_changed` event)
 * to catch up, so an interrupted sync finishes on the next run.
 */
export const CustomerTier = model
  .define("customer_tier", {
    id: model.id({ prefix: "ctier" }).primaryKey(),
    customer_id: model.text().unique(),
    tier_id: model.text().nullable(),
    previous_tier_id: model.text().nullable(),
    synced_tier_id: model.text().nullable(),
    achieved_at: model.dateTime().nullable(),
    protected_until: model.dateTime().nullable(),
    evaluated_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["tier_id"] },
    // The customers whose groups are behind their tier: a sync with nothing to do reads nothing.
    { on: ["customer_id"], where: "tier_id IS DISTINCT FROM synced_tier_id AND deleted_at IS NULL" },
  ])
