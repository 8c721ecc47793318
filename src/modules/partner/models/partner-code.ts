import { model } from "@medusajs/framework/utils"
import { PARTNER_CODE_SOURCES, PARTNER_CODE_STATUSES } from "../../../types/http"

export { PARTNER_CODE_SOURCES, PARTNER_CODE_STATUSES }
export type { PartnerCodeStatus } from "../../../types/http"

/**
 * One code of a partner benefit (`benefit_id`: a membership benefit of type `partner`).
 * Imported codes wait `available` in the pool; a claim assigns one to a customer for one
 * entitlement (`entitlement_key`: the membership period, month or "ever" it uses up). Lookups
 * go by `code_hash` (SHA-256 of the code), the code itself is compared in constant time, and
 * `fingerprint` (a short hash) is what logs and the audit show. A customer holds at most one
 * live code per benefit and entitlement (the partial unique index).
 */
export const PartnerCode = model
  .define("partner_code", {
    id: model.id({ prefix: "pcode" }).primaryKey(),
    partner_id: model.text(),
    benefit_id: model.text(),
    code: model.text(),
    code_hash: model.text(),
    fingerprint: model.text(),
    source: model.enum([...PARTNER_CODE_SOURCES]),
    import_id: model.text().nullable(),
    status: model.enum([...PARTNER_CODE_STATUSES]).default("available"),
    customer_id: model.text().nullable(),
    membership_id: model.text().nullable(),
    entitlement_key: model.text().nullable(),
    claim_key: model.text().nullable(),
    assigned_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    redeemed_at: model.dateTime().nullable(),
    voided_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["partner_id", "code_hash"], unique: true, where: "deleted_at IS NULL" },
    {
      on: ["benefit_id", "customer_id", "entitlement_key"],
      unique: true,
      where: "customer_id IS NOT NULL AND status IN ('assigned', 'redeemed') AND deleted_at IS NULL",
    },
    { on: ["claim_key"], unique: true, where: "claim_key IS NOT NULL AND deleted_at IS NULL" },
    { on: ["benefit_id", "status"] },
    { on: ["customer_id"] },
  ])
