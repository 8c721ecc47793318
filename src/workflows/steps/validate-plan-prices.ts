import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlanPriceInput } from "../../modules/membership/types"
import { missingBasePriceCurrencies } from "../../modules/membership/utils/plan-prices"

/** Refuses plan prices without a price for everyone (no tier condition) in each of their currencies. */
export const validatePlanPricesStep = createStep(
  "validate-plan-prices",
  async (plans: { name?: string; prices?: PlanPriceInput[] }[]) => {
    for (const plan of plans) {
      if (!plan.prices) {
        continue
      }
      const missing = missingBasePriceCurrencies(plan.prices)
      if (!plan.prices.length || missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Plan ${plan.name ? `"${plan.name}" ` : ""}needs a price without a tier condition in ${missing.join(", ") || "at least one currency"}`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
