import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importPartnerCodesWorkflow } from "../../../../../../../../workflows/partners/workflows/import-partner-codes"
import type { AdminImportPartnerCodesType } from "../../../../../validators"

/**
 * Imports a CSV of codes into the benefit's pool and answers with the report. When nothing was
 * imported (problems without `skip_invalid`, or no rows) the answer is a 400 carrying the report.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportPartnerCodesType>, res: MedusaResponse) => {
  const { result: report } = await importPartnerCodesWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      partner_id: req.params.id,
      benefit_id: req.params.benefit_id,
      created_by: req.auth_context?.actor_id ?? null,
    },
  })
  if (report.imported > 0) {
    res.status(201).json({ report })
    return
  }
  const problems = report.duplicates.length + report.malformed.length
  const message = problems
    ? `Nothing was imported: the file has ${problems} problem row(s). Fix them, or import again skipping the problem rows (skip_invalid: true).`
    : "Nothing was imported: the file has no codes."
  res.status(400).json({ type: "invalid_data", message, report })
}
