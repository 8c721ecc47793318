import { model } from "@medusajs/framework/utils"

/**
 * Requests one API key made in one fixed window. Every server instance counts in this one
 * table, so the limit holds across instances.
 */
export const PartnerRateWindow = model
  .define("partner_rate_window", {
    id: model.id({ prefix: "prate" }).primaryKey(),
    key_id: model.text(),
    window_start: model.dateTime(),
    hits: model.number(),
  })
  .indexes([{ on: ["key_id", "window_start"], unique: true }, { on: ["window_start"] }])
