import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokePartnerApiKeyWorkflow } from "../../../../../../../workflows/partners/workflows/revoke-partner-api-key"

/** Revokes the key at once (idempotent); the partner's calls with it answer 401 from now on. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await revokePartnerApiKeyWorkflow(req.scope).run({
    input: { partner_id: req.params.id, id: req.params.key_id },
  })
  res.json({ api_key: result })
}
