import { type AuthenticatedMedusaRequest, getHttpResponseFromError, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { POINTS_MODULE, CART_REDEMPTION_KEY_PREFIX, type MallRedeemAnswer, type PointsModuleService } from "../../../../../../modules/points"
import { redeemPointsMallItemWorkflow } from "../../../../../../workflows/points-mall/workflows/redeem-points-mall-item"
import type { StoreRedeemMallItemType } from "../../../validators"
import { storeRedemptionView } from "../../../views"

const MAX_KEY_LENGTH = 200
/** How long a replay waits for the request it repeats (placing an order takes a few seconds). */
const REPLAY_WAIT_SECONDS = 30

/**
 * Redeems an item for the signed-in customer. The `Idempotency-Key` header is required: the
 * first request's answer (success or error) is stored, and a request repeated with the same key
 * waits for it to finish, then answers the same, byte for byte, and redeems nothing.
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
  const customerId = req.auth_context.actor_id
  const points = req.scope.resolve<PointsModuleService>(POINTS_MODULE)
  let started = false
  let answer: MallRedeemAnswer
  try {
    answer = await req.scope.resolve(Modules.LOCKING).execute(
      `points-mall-redeem:${customerId}:${key}`,
      async () => {
        started = true
        const stored = await points.retrieveMallRedeemAnswer(customerId, key)
        if (stored) {
          return stored
        }
        const first = await redeem(req, customerId, key)
        return points.saveMallRedeemAnswer({ ...first, customer_id: customerId, idempotency_key: key })
      },
      { timeout: REPLAY_WAIT_SECONDS }
    )
  } catch (error) {
    if (started) {
      throw error
    }
    conflict(res, "A redemption with this Idempotency-Key is still in progress; send it again in a moment")
    return
  }
  if (answer.item_id !== req.params.id) {
    conflict(res, "This Idempotency-Key was used to redeem another item")
    return
  }
  res.status(answer.status_code).type("json").send(answer.body)
}

/** Runs the redemption and turns its outcome into the answer to store, as Medusa's error handler would answer an error. */
async function redeem(req: AuthenticatedMedusaRequest<StoreRedeemMallItemType>, customerId: string, key: string): Promise<MallRedeemAnswer> {
  const item_id = req.params.id
  try {
    const { result } = await redeemPointsMallItemWorkflow(req.scope).run({
      input: {
        item_id,
        customer_id: customerId,
        idempotency_key: key,
        region_id: req.validatedBody?.region_id,
        sales_channel_id: req.publishable_key_context?.sales_channel_ids?.[0],
        shipping: req.validatedBody?.shipping,
      },
    })
    return { item_id, status_code: 200, body: JSON.stringify({ redemption: storeRedemptionView(result as unknown as Record<string, unknown>) }) }
  } catch (error) {
    // Medusa's error handler replaces a conflict's message (a partner code pool that ran out, a
    // key used for another item); the shopper should read why.
    if ((error as MedusaError).type === MedusaError.Types.CONFLICT) {
      return { item_id, status_code: 409, body: JSON.stringify({ type: "conflict", message: (error as Error).message }) }
    }
    const { statusCode, body } = getHttpResponseFromError(error as Error)
    if (statusCode >= 500) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(error as Error)
    }
    return { item_id, status_code: statusCode, body: JSON.stringify(body) }
  }
}

function conflict(res: MedusaResponse, message: string) {
  res.status(409).json({ type: "conflict", message })
}
