import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../../../modules/partner"
import { createPartnerApiKeyWorkflow } from "../../../../../workflows/partners/workflows/create-partner-api-key"
import type { AdminCreatePartnerApiKeyType } from "../../validators"

const partners = (req: AuthenticatedMedusaRequest<unknown>) => req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)

/** The partner's keys (prefix, name, last use, revocation) — never a key or its hash. A partner has few. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await partners(req).retrievePartner(req.params.id)
  const apiKeys = await partners(req).listApiKeyViews(req.params.id)
  res.json({ api_keys: apiKeys, count: apiKeys.length })
}

/** Creates a key; this answer is the only one that holds the full `key`. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePartnerApiKeyType>, res: MedusaResponse) => {
  await partners(req).retrievePartner(req.params.id)
  const { result } = await createPartnerApiKeyWorkflow(req.scope).run({
    input: { partner_id: req.params.id, name: req.validatedBody.name, created_by: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json(result)
}
