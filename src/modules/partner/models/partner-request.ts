import { model } from "@medusajs/framework/utils"

/**
 * A partner's `Idempotency-Key` and the result it got (outcome and body), so a replay answers
 * the same. `request` identifies what was asked (action and code fingerprint): the same key for
 * another request is refused. `status_code` is only set on rows stored before outcomes were
 * (the module then stored the HTTP status); such a row's outcome is read from it.
 */
export const PartnerRequest = model
  .define("partner_request", {
    id: model.id({ prefix: "preq" }).primaryKey(),
    partner_id: model.text(),
    idempotency_key: model.text(),
    request: model.text(),
    status_code: model.number().nullable(),
    outcome: model.text().nullable(),
    response: model.json(),
  })
  .indexes([{ on: ["partner_id", "idempotency_key"], unique: true, where: "deleted_at IS NULL" }])
