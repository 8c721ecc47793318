import { model } from "@medusajs/framework/utils"
import { PARTNER_STATUSES } from "../../../types/http"

export { PARTNER_STATUSES }
export type { PartnerStatus } from "../../../types/http"

/** A company that fulfils co-branded benefits and redeems their codes over the partner API. */
export const Partner = model
  .define("partner", {
    id: model.id({ prefix: "ptnr" }).primaryKey(),
    name: model.text().searchable(),
    status: model.enum([...PARTNER_STATUSES]).default("active"),
    contact_name: model.text().nullable(),
    contact_email: model.text().nullable(),
    notes: model.text().nullable(),
  })
  .indexes([{ on: ["status"] }])
