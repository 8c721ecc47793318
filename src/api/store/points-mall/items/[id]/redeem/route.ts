import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CART_REDEMPTION_KEY_PREFIX } from "../../../../../../modules/points/mall/redemption"
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
  if (key.startsWith(CART_REDEMPTION_KEY_PREFIX)) {
    // Those name the redemptions checkout makes for cart lines.
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The Idempotency-Key header cannot start with "${CART_REDEMPTION_KEY_PREFIX}"`)
  }
  try {
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
  } catch (error) {
    // Medusa's error handler replaces a conflict's message (a partner code pool that ran out, a
    // key used for another item); the shopper should read why.
    if ((error as MedusaError).type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (error as Error).message })
      return
    }
    throw error
  }
}
