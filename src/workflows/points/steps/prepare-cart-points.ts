import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CartRow, POINTS_CREDIT_REFERENCE, POINTS_MODULE, type PointsModuleService, toCartForPoints } from "../../../modules/points"

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
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "currency_code", "completed_at", "total", "credit_lines.*"],
    filters: { id: input.cart_id },
  })
  const cart = data[0] ? toCartForPoints(data[0] as CartRow) : null
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
    const quote = await points.quoteCartPoints(cart, input.points, available)
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
