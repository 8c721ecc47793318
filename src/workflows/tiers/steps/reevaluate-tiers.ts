import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reevaluateTiers } from "../utils/reevaluate-tiers"

export const reevaluateTiersStepId = "reevaluate-tiers"
/**
 * Re-evaluates everyone after a rules change. Last in its workflows: each batch it commits is
 * what the saved rules give, and a rerun converges, so it has nothing to undo.
 */
export const reevaluateTiersStep = createStep(reevaluateTiersStepId, async (input: { now?: Date }, { container }) => {
  return new StepResponse(await reevaluateTiers(container, { now: input.now ? new Date(input.now) : new Date() }))
})
