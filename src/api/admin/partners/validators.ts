import { z } from "@medusajs/framework/zod"
import { CONTROL_CHARS, PARTNER_STATUSES } from "../../../modules/partner"
import { listParams } from "../../utils/list-params"
import { PARTNER_AUDIT_ACTIONS, PARTNER_AUDIT_RESULTS } from "../../../types/http"

export const AdminListPartnersParams = listParams.extend({
  q: z.string().optional(),
  status: z.enum(PARTNER_STATUSES).optional(),
})
export type AdminListPartnersParamsType = z.infer<typeof AdminListPartnersParams>

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional()

const partnerFields = {
  name: z.string().trim().min(1, "name is required").max(200),
  status: z.enum(PARTNER_STATUSES).optional(),
  contact_name: optionalText(200),
  contact_email: z.string().trim().email("contact_email must be an email address").max(320).nullable().optional(),
  notes: optionalText(2000),
}

export const AdminCreatePartner = z.object(partnerFields).strict()
export type AdminCreatePartnerType = z.infer<typeof AdminCreatePartner>

export const AdminUpdatePartner = z.object(partnerFields).partial().strict()
export type AdminUpdatePartnerType = z.infer<typeof AdminUpdatePartner>

export const AdminCreatePartnerApiKey = z.object({ name: z.string().trim().min(1, "name is required").max(200) }).strict()
export type AdminCreatePartnerApiKeyType = z.infer<typeof AdminCreatePartnerApiKey>

/** The CSV travels as text in JSON; 5 MB of it at most (the body limit leaves room for the JSON escaping). */
export const MAX_CSV_CHARS = 5 * 1024 * 1024

/** The name of the file the CSV came from, without the folders a browser may prefix (`C:\fakepath\`). */
const filename = z
  .string()
  .max(255, "filename is longer than 255 characters")
  .refine((name) => !CONTROL_CHARS.test(name), "filename contains control characters")
  .transform((name) => (name.split(/[\\/]/).pop() ?? "").trim() || null)

export const AdminImportPartnerCodes = z
  .object({
    csv: z
      .string()
      .min(1, "csv is required")
      .refine((csv) => csv.length <= MAX_CSV_CHARS, "csv is larger than 5 MB: split the file into several imports"),
    filename: filename.nullable().optional(),
    skip_invalid: z.boolean().optional(),
  })
  .strict()
export type AdminImportPartnerCodesType = z.infer<typeof AdminImportPartnerCodes>

export const AdminListPartnerImportsParams = listParams.extend({ benefit_id: z.string().min(1).optional() })
export type AdminListPartnerImportsParamsType = z.infer<typeof AdminListPartnerImportsParams>

export const AdminListPartnerAuditParams = listParams.extend({
  action: z.enum(PARTNER_AUDIT_ACTIONS).optional(),
  result: z.enum(PARTNER_AUDIT_RESULTS).optional(),
})
export type AdminListPartnerAuditParamsType = z.infer<typeof AdminListPartnerAuditParams>

export const AdminListPartnerBenefitsParams = listParams
export type AdminListPartnerBenefitsParamsType = z.infer<typeof AdminListPartnerBenefitsParams>
