import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { createPartnerWorkflow } from "../../../workflows/partners/workflows/create-partner"
import { pageOf } from "../../utils/page"
import type { AdminCreatePartnerType, AdminListPartnersParamsType } from "./validators"

/** Partners by name, paginated; filtered by name (`q`) and status. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPartnersParamsType>, res: MedusaResponse) => {
  const { limit, offset, q, status } = req.validatedQuery as AdminListPartnersParamsType
  const filters = { ...(q ? { q } : {}), ...(status ? { status } : {}) }
  const [partners, count] = await req.scope
    .resolve<PartnerModuleService>(PARTNER_MODULE)
    .listAndCountPartners(filters, { order: { name: "ASC", id: "ASC" }, skip: offset, take: limit })
  res.json({ partners, ...pageOf(partners, { count, skip: offset, take: limit }) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePartnerType>, res: MedusaResponse) => {
  const { result } = await createPartnerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ partner: result })
}
