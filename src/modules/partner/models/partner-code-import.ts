import { model } from "@medusajs/framework/utils"

/** One CSV upload into a benefit's pool and its report (rows read, imported, refused and why). */
export const PartnerCodeImport = model
  .define("partner_code_import", {
    id: model.id({ prefix: "pcimp" }).primaryKey(),
    partner_id: model.text(),
    benefit_id: model.text(),
    filename: model.text().nullable(),
    rows: model.number(),
    imported: model.number(),
    duplicates: model.number(),
    malformed: model.number(),
    report: model.json(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["benefit_id", "created_at"] }])
