import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { claimPartnerBenefitWorkflow } from "../../../../../workflows/partners/workflows/claim-partner-benefit"
import { NO_CODES_LEFT } from "../../../../../workflows/partners/steps/claim-partner-code"
import { storePartnerCodeView } from "../../views"

const MAX_KEY_LENGTH = 200

/**
 * Claims the benefit's code for the signed-in customer's current entitlement: 201 with a new
 * code, 200 with the code they already hold for it. An optional `Idempotency-Key` header makes
 * a retried request answer with the same code. 403 for a benefit they do not hold, 409 when
 * the pool is empty.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const key = req.get("idempotency-key")?.trim()
  if (key !== undefined && (!key || key.length > MAX_KEY_LENGTH)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Idempotency-Key: 1 to ${MAX_KEY_LENGTH} characters`)
  }
  const claimKey = `store:${customerId}:${req.params.id}:${key ?? randomUUID()}`
  try {
    const { result } = await claimPartnerBenefitWorkflow(req.scope).run({
      input: { benefit_id: req.params.id, customer_id: customerId, claim_key: claimKey },
    })
    const names = new Map([[result.benefit.id, result.benefit.name]])
    res.status(result.created ? 201 : 200).json({ code: storePartnerCodeView(result.code, names), created: result.created })
  } catch (error) {
    // Medusa's error handler replaces a conflict's message; the shopper should read why.
    const { type, code, message } = error as MedusaError
    if (type === MedusaError.Types.CONFLICT && code === NO_CODES_LEFT) {
      res.status(409).json({ type: NO_CODES_LEFT, message })
      return
    }
    throw error
  }
}
