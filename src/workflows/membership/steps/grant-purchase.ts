import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService, type AppliedTransition } from "../../../modules/membership"
import type { MembershipCommand } from "../utils/membership-commands"
import { applyCommand, revertCommand } from "./apply-membership-command"

type Purchase = Extract<MembershipCommand, { kind: "purchase" }>
type Granted = Awaited<ReturnType<typeof applyCommand>>

export const grantPurchaseStepId = "grant-purchase"

/**
 * Grants what an order bought. When two deliveries of the order's events race, the loser
 * finds the order granted (unique order id, or the customer's first membership) and does nothing.
 */
export const grantPurchaseStep = createStep(
  grantPurchaseStepId,
  async (purchase: Purchase, { container }): Promise<StepResponse<Granted | null, AppliedTransition | null>> => {
    try {
      const applied = await applyCommand(container, purchase)
      return new StepResponse<Granted | null, AppliedTransition | null>(applied, applied)
    } catch (error) {
      const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
      if ((await membership.listMembershipPeriods({ order_id: purchase.order_id })).length) {
        return new StepResponse<Granted | null, AppliedTransition | null>(null, null)
      }
      throw error
    }
  },
  async (applied, { container }) => revertCommand(container, applied ?? undefined)
)
