import { model } from "@medusajs/framework/utils"

/**
 * A partner's API key. Only its `prefix` (shown in lists and the audit log) and the SHA-256 of
 * the whole key are stored; the key itself is returned once, by the call that creates it.
 */
export const PartnerApiKey = model
  .define("partner_api_key", {
    id: model.id({ prefix: "ptkey" }).primaryKey(),
    partner_id: model.text(),
    name: model.text(),
    prefix: model.text().unique(),
    key_hash: model.text(),
    last_used_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["partner_id"] }])
