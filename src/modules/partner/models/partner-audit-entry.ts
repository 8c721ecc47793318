import { model } from "@medusajs/framework/utils"

/**
 * One partner API call: who (partner and key prefix, when the key was recognised), what
 * (`action`, the code's fingerprint — never the code or the key), and the answer. Calls the
 * guard refused (a key it did not accept, or over a rate limit) are counted instead: one entry
 * per key prefix, address, action, result and minute (`aggregate_key`), its `attempts` the
 * count, `created_at` the first and `updated_at` the last; its `code_fingerprint` is kept only
 * while every attempt named the same code.
 */
export const PartnerAuditEntry = model
  .define("partner_audit_entry", {
    id: model.id({ prefix: "paudit" }).primaryKey(),
    partner_id: model.text().nullable(),
    key_prefix: model.text().nullable(),
    action: model.text(),
    code_fingerprint: model.text().nullable(),
    result: model.text(),
    status_code: model.number(),
    ip: model.text().nullable(),
    attempts: model.number().default(1),
    aggregate_key: model.text().nullable(),
  })
  .indexes([
    { on: ["partner_id", "created_at"] },
    { on: ["created_at"] },
    { on: ["aggregate_key"], unique: true, where: "aggregate_key IS NOT NULL AND deleted_at IS NULL" },
  ])
