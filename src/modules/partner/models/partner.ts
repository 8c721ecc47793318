import { model } from "@medusajs/framework/utils"

export const PARTNER_STATUSES = ["active", "suspended"] as const
export type PartnerStatus = (typeof PARTNER_STATUSES)[number]

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
