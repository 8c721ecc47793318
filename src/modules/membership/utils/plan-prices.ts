import type { PlanPriceInput } from "../types"

/** Pricing-context attributes the plugin sets on carts; plan variant prices carry them as rules. */
export const TIER_RANK_ATTRIBUTE = "membership_tier_rank"
export const TRIAL_ATTRIBUTE = "membership_trial"
export const TRIAL_ELIGIBLE = "eligible"

type RuleWithOperator = { operator: "gte"; value: number }
export type VariantPriceInput = {
  currency_code: string
  amount: number
  rules?: Record<string, string | RuleWithOperator[]>
}

/**
 * The variant prices that sell a plan: the base price per currency, each tier-gated price as a
 * price with a `membership_tier_rank >= n` rule, and with a trial a zero price for shoppers
 * eligible for it (Medusa picks the lowest among equally specific matching prices).
 */
export function toVariantPrices(prices: PlanPriceInput[], trialDays: number): VariantPriceInput[] {
  const result: VariantPriceInput[] = prices.map((price) =>
    price.min_tier_rank == null
      ? { currency_code: price.currency_code, amount: price.amount }
      : {
          currency_code: price.currency_code,
          amount: price.amount,
          rules: { [TIER_RANK_ATTRIBUTE]: [{ operator: "gte", value: price.min_tier_rank }] },
        }
  )
  if (trialDays > 0) {
    for (const currency of new Set(prices.map((price) => price.currency_code))) {
      result.push({ currency_code: currency, amount: 0, rules: { [TRIAL_ATTRIBUTE]: TRIAL_ELIGIBLE } })
    }
  }
  return result
}

type StoredPrice = {
  currency_code: string | null
  amount: number | string
  price_rules?: { attribute: string; operator?: string | null; value: string }[] | null
}

/** Reads a plan's prices back from its variant's prices (the trial prices are implied by trial_days). */
export function fromVariantPrices(prices: StoredPrice[]): PlanPriceInput[] {
  return prices
    .filter((price) => !price.price_rules?.some((rule) => rule.attribute === TRIAL_ATTRIBUTE))
    .map((price) => {
      const tierRule = price.price_rules?.find((rule) => rule.attribute === TIER_RANK_ATTRIBUTE)
      return {
        currency_code: price.currency_code ?? "",
        amount: Number(price.amount),
        min_tier_rank: tierRule ? Number(tierRule.value) : null,
      }
    })
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code) || (a.min_tier_rank ?? -1) - (b.min_tier_rank ?? -1))
}

/** A plan needs a base price (no tier condition) in each currency it has a price in. */
export function missingBasePriceCurrencies(prices: PlanPriceInput[]): string[] {
  const currencies = new Set(prices.map((price) => price.currency_code))
  const withBase = new Set(prices.filter((price) => price.min_tier_rank == null).map((price) => price.currency_code))
  return [...currencies].filter((currency) => !withBase.has(currency))
}
