import { randomUUID } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, hasCashPrice, type MallItemLike, mallRedemptionRefusal, type PointsModuleService, mallPointsOf } from "../../../modules/points"
import { mallShopperTiers } from "../queries/points-mall-shopper"
import { PointsMallLineInput, shoppersOpenCart } from "../utils/mall-line-input"
import { loadCartMallLines } from "../queries/cart-mall-lines"

type MallItemRow = MallItemLike & { id: string; name: string; variant_id: string | null; currency_code: string | null }

export const preparePointsMallLineStepId = "prepare-points-mall-line"

/**
 * Checks that the shopper may add a points mall item to their cart now, as checkout will (tier,
 * window, stock and the per-member limit counting the item's lines already in the cart, and
 * points for all the cart's mall lines), and answers the line: one unit of the variant at the
 * item's cash price (0 for a points-only item), never discounted. Writes nothing.
 */
export const preparePointsMallLineStep = createStep(
  preparePointsMallLineStepId,
  async (input: PointsMallLineInput & { item_id: string }, { container }) => {
    const cart = shoppersOpenCart(await loadCartMallLines(container, input.cart_id), input)
    const points: PointsModuleService = container.resolve(POINTS_MODULE)
    const [item] = (await points.listPointsMallItems({ id: input.item_id })) as unknown as MallItemRow[]
    if (!item) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Points mall item ${input.item_id} was not found`)
    }
    const now = new Date()
    const refusal = mallRedemptionRefusal(item, await mallShopperTiers(container, input.customer_id), now, true)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
    }
    if (hasCashPrice(item) && item.currency_code?.toLowerCase() !== cart.currency_code.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `item_id: "${item.name}" is sold in ${item.currency_code?.toUpperCase()} and the cart is in ${cart.currency_code.toUpperCase()}`
      )
    }
    const inCart = cart.mall_lines.filter((line) => line.item_id === item.id).length
    if (item.stock !== null && item.stock !== undefined && item.stock <= inCart) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Only ${item.stock} of "${item.name}" left, ${inCart} in your cart already`)
    }
    if (item.limit_per_member) {
      const redeemed = await points.countMallRedemptions(item, input.customer_id, now)
      if (redeemed + inCart >= item.limit_per_member) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `"${item.name}" is limited to ${item.limit_per_member} per member (${redeemed} redeemed, ${inCart} in your cart)`
        )
      }
    }
    const needed = mallPointsOf(cart.mall_lines) + item.points_price
    const { available } = await points.pointsBalances(input.customer_id, now)
    if (available < needed) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not enough points: the cart's mall items need ${needed}, ${available} available`)
    }
    return new StepResponse({
      cart_id: cart.id,
      items: [
        {
          variant_id: item.variant_id as string,
          quantity: 1,
          unit_price: hasCashPrice(item) ? Number(item.cash_price) : 0,
          is_discountable: false,
          // A line of its own per unit: Medusa merges a new line into one with equal metadata and price.
          metadata: { points_mall_item_id: item.id, points_price: item.points_price, points_mall_line: randomUUID() },
        },
      ],
    })
  }
)
