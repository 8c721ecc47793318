import { model } from "@medusajs/framework/utils"

/**
 * A partner's `Idempotency-Key` and the answer it got, so a replay answers the same. `request`
 * identifies what was asked (action and code fingerprint): the same key for another request
 * is refused.
 */
export const PartnerRequest = model
  .define("partner_request", {
    id: model.id({ prefix: "preq" }).primaryKey(),
    partner_id: model.text(),
    idempotency_key: model.text(),
    request: model.text(),
    status_code: model.number(),
    response: model.json(),
  })
  .indexes([{ on: ["partner_id", "idempotency_key"], unique: true, where: "deleted_at IS NULL" }])
