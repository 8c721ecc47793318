import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../../modules/partner"
import { deletePartnerWorkflow } from "../../../../workflows/partners/workflows/delete-partner"
import { updatePartnerWorkflow } from "../../../../workflows/partners/workflows/update-partner"
import type { AdminUpdatePartnerType } from "../validators"

const retrievePartner = (req: AuthenticatedMedusaRequest<unknown>) =>
  req.scope.resolve<PartnerModuleService>(PARTNER_MODULE).retrievePartner(req.params.id)

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ partner: await retrievePartner(req) })
}

/** Partial update; `{ status: "suspended" }` stops every key of the partner at once. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePartnerType>, res: MedusaResponse) => {
  await retrievePartner(req)
  const { result } = await updatePartnerWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ partner: result })
}

/** Only a partner no benefit names may be deleted (400 otherwise). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrievePartner(req)
  await deletePartnerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "partner", deleted: true })
}
