import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { redeemPointsMallItemWorkflow } from "../../../../../../workflows/redeem-points-mall-item"
import type { StoreRedeemMallItemType } from "../../../validators"

const MAX_KEY_LENGTH = 200

/**
 * Redeems an item for the signed-in customer. The `Idempotency-Key` header is required: a
 * request repeated with the same key answers with the first redemption and redeems nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRedeemMallItemType>, res: MedusaResponse) => {
  const key = req.get("idempotency-key")?.trim()
  if (!key || key.length > MAX_KEY_LENGTH) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The Idempotency-Key header is required (at most ${MAX_KEY_LENGTH} characters)`)
  }
  const { result } = await redeemPointsMallItemWorkflow(req.scope).run({
    input: {
      item_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      idempotency_key: key,
      region_id: req.validatedBody?.region_id,
      sales_channel_id: req.publishable_key_context?.sales_channel_ids?.[0],
      shipping: req.validatedBody?.shipping,
    },
  })
  res.json({ redemption: result })
}
