import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import { syncTierGroups } from "../utils/sync-tier-groups"
import { countDirections, evaluationParams, listTiers } from "../utils/tier-rules"

/**
 * Upgrades a customer at once when their growth now reaches a higher tier (downgrades wait for
 * the scheduled re-evaluation), and moves their customer groups. Runs last in its workflows:
 * evaluation is recomputed from the ledger, so it needs no undo, and a failure here (say, the
 * group sync's lock is busy) must not undo the growth just written: the nightly run catches up.
 */
export const evaluateCustomerTierStep = createStep(
  "evaluate-customer-tier",
  async (input: { customer_id: string | null; now: Date }, { container }) => {
    if (!input.customer_id) {
      return new StepResponse({ up: 0, down: 0, stay: 0 })
    }
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    try {
      const [program, tiers] = await Promise.all([membership.loadTierProgram(), listTiers(container)])
      const rows = await membership.evaluateTiers(
        evaluationParams(program, tiers, { now: new Date(input.now), customerIds: [input.customer_id], scheduled: false })
      )
      await syncTierGroups(container, { customerIds: [input.customer_id] })
      return new StepResponse(countDirections(rows))
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Tier evaluation of customer ${input.customer_id} postponed to the next run: ${(error as Error).message}`)
      return new StepResponse({ up: 0, down: 0, stay: 0 })
    }
  }
)
