import { model } from "@medusajs/framework/utils"

/**
 * One partner API call: who (partner and key prefix, when the key was recognised), what
 * (`action`, the code's fingerprint — never the code or the key), and the answer.
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
  })
  .indexes([{ on: ["partner_id", "created_at"] }, { on: ["created_at"] }])
