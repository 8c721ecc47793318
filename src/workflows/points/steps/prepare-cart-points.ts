import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE } from "../../../modules/points"
import type { PointsModuleService } from "../../../modules/points"
import { loadCartForPoints, POINTS_CREDIT_REFERENCE, quoteCartPoints } from "../utils/cart-points"

export type PrepareCartPointsInput = {
  cart_id: string
  customer_id: string
  /** Points to apply (a number or "max"); null removes the points line. */
  points: number | "max" | null
}

export type CartPointsPlan = {
  /** The points lines to delete (any earlier application). */
  remove_ids: string[]
  /** The points line to create, if any. */
  create: {
    cart_id: string
    amount: number
    reference: string
    reference_id: string
    metadata: { points: number; points_per_unit: number; customer_id: string }
  }[]
}

export const prepareCartPointsStepId = "prepare-cart-points"

/**
 * Reads the shopper's own open cart and decides its points line: the earlier one goes, and a
 * new one worth the quote (see `quoteRedemption`) takes its place. A cart that is not the
 * shopper's is a 404. Writes nothing.
 */
export const prepareCartPointsStep = createStep(prepareCartPointsStepId, async (input: PrepareCartPointsInput, { container }) => {
  const cart = await loadCartForPoints(container, input.cart_id)
  if (!cart || cart.customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${input.cart_id} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart is already completed.")
  }
  const plan: CartPointsPlan = { remove_ids: cart.points_lines.map((line) => line.id), create: [] }
  if (input.points !== null) {
    const points: PointsModuleService = container.resolve(POINTS_MODULE)
    const { available } = await points.pointsBalances(input.customer_id)
    const quote = await quoteCartPoints(container, cart, input.points, available)
    plan.create.push({
      cart_id: cart.id,
      amount: quote.amount,
      reference: POINTS_CREDIT_REFERENCE,
      reference_id: input.customer_id,
      metadata: { points: quote.points, points_per_unit: quote.points_per_unit, customer_id: input.customer_id },
    })
  }
  return new StepResponse(plan)
})
