import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { type PrepareCartPointsInput, prepareCartPointsStep } from "../steps/prepare-cart-points"

export const setCartPointsWorkflowId = "set-cart-points"

/**
 * Applies points to a shopper's cart as ONE Medusa credit line (`reference: "points"`,
 * metadata `{ points, points_per_unit }`), replacing any earlier one, or removes it
 * (`points: null`); then the payment collection follows the new total. Nothing is debited
 * here: completion re-checks the rules and debits (see `PointsModuleService.spendCartAtCheckout`).
 * One change per cart at a time, never during Medusa's own work on it (its cart lock).
 *
 * @example
 * const { result } = await setCartPointsWorkflow(container).run({
 *   input: { cart_id: "cart_123", customer_id: "cus_123", points: 500 },
 * })
 */
export const setCartPointsWorkflow = createWorkflow(setCartPointsWorkflowId, (input: PrepareCartPointsInput) => {
  // Medusa's own key for the cart: a completion (or any cart change) in progress is waited for.
  const lockKey = transform({ input }, ({ input }) => input.cart_id)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const plan = prepareCartPointsStep(input)
  const removal = transform({ plan }, ({ plan }) => ({ id: plan.remove_ids }))
  deleteCartCreditLinesWorkflow.runAsStep({ input: removal })
  const creation = transform({ plan }, ({ plan }) => plan.create)
  createCartCreditLinesWorkflow.runAsStep({ input: creation })
  refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(plan)
})
