import { model } from "@medusajs/framework/utils"

/** A payment provider webhook event already handled; the unique id makes redelivery a no-op. */
export const WebhookEvent = model.define("membership_webhook_event", {
  id: model.id({ prefix: "mbrwh" }).primaryKey(),
  provider: model.text(),
  event_id: model.text().unique(),
  type: model.text(),
  received_at: model.dateTime(),
})
