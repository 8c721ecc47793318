import type { MedusaContainer } from "@medusajs/framework/types"
import { TRIAL_ATTRIBUTE } from "../../../modules/membership"
import { shopperPricingContext } from "../../benefits/queries/shopper-pricing-context"
import { type CartForCheck, type PlansByVariant, refuseUsedTrial, trialPlanOf } from "../utils/cart-plan-checks"

/**
 * At completion the cart is not re-priced, so a plan line still at its free-trial price must
 * belong to a shopper who may still start a trial (e.g. not one who started it in another cart).
 */
export async function assertTrialStillAllowed(container: MedusaContainer, cart: CartForCheck, plans: PlansByVariant, readScope?: string) {
  const trialPlan = trialPlanOf(cart, plans)
  if (trialPlan && !(TRIAL_ATTRIBUTE in (await shopperPricingContext(container, cart.customer?.id, [], readScope)))) {
    refuseUsedTrial(trialPlan)
  }
}
