import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { type EvaluationCounts, countDirections, evaluationParams } from "../utils/tier-rules"

export const evaluateCustomerTierStepId = "evaluate-customer-tier"

/**
 * Upgrades a customer at once when their growth now reaches a higher tier (downgrades wait for
 * the scheduled re-evaluation); `syncTierGroupsStep` then moves their customer groups. Runs after
 * the ledger is written: evaluation is recomputed from the ledger, so it needs no undo,
 * and a failure here must not undo the growth just written — the nightly run catches up.
 */
export const evaluateCustomerTierStep = createStep(
  evaluateCustomerTierStepId,
  async (input: { customer_id: string | null; now: Date }, { container }) => {
    const none: EvaluationCounts = { up: 0, down: 0, stay: 0 }
    if (!input.customer_id) {
      return new StepResponse(none)
    }
    const tierModule: TierModuleService = container.resolve(TIER_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    let counts = none
    try {
      const [program, tiers] = await Promise.all([tierModule.loadTierProgram(), tierModule.listTiersByRank()])
      const rows = await tierModule.evaluateTiers(
        evaluationParams(program, tiers, { now: new Date(input.now), customerIds: [input.customer_id], scheduled: false })
      )
      counts = countDirections(rows)
    } catch (error) {
      logger.warn(`Tier evaluation of customer ${input.customer_id} left to the next run: ${(error as Error).message}`)
      return new StepResponse(none)
    }
    return new StepResponse(counts)
  }
)
