import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type PlanPriceInput, missingBasePriceCurrencies } from "../../../modules/membership"
import { storeCurrencies } from "../../common/queries/store-currencies"

export const validatePlanPricesStepId = "validate-plan-prices"

/**
 * Refuses plan prices in a currency the store does not sell in, or without a price for everyone
 * (no tier condition) in each of their currencies.
 */
export const validatePlanPricesStep = createStep(
  validatePlanPricesStepId,
  async (plans: { name?: string; prices?: PlanPriceInput[] }[], { container }) => {
    const priced = plans.filter((plan) => plan.prices)
    const currencies = priced.length ? await storeCurrencies(container) : []
    for (const plan of priced) {
      const prices = plan.prices!
      const foreign = [...new Set(prices.map((price) => price.currency_code.toLowerCase()).filter((code) => !currencies.includes(code)))]
      if (foreign.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `prices currency_code: not a currency of the store (${currencies.join(", ") || "none"}): ${foreign.join(", ")}`
        )
      }
      const missing = missingBasePriceCurrencies(prices)
      if (!prices.length || missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Plan ${plan.name ? `"${plan.name}" ` : ""}needs a price without a tier condition in ${missing.join(", ") || "at least one currency"}`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
