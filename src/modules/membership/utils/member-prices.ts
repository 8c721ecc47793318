import { roundMoney } from "../../../lib/money"

/**
 * The pricing-context attribute (and price rule) of member prices: a member price is a price in
 * the variant's price set with the rule `membership_benefit = <member_price benefit id>`, and a
 * cart's context carries the ids of the member_price benefits its shopper holds now.
 */
export const MEMBER_PRICE_ATTRIBUTE = "membership_benefit"

export type StoredPrice = {
  id: string
  amount: number | string
  currency_code: string | null
  price_list_id?: string | null
  price_rules?: { attribute: string; value: string }[] | null
}

/** The benefit a stored price is the member price of, or null for any other price. */
export function memberPriceBenefitId(price: StoredPrice): string | null {
  const rules = price.price_rules ?? []
  return !price.price_list_id && rules.length === 1 && rules[0].attribute === MEMBER_PRICE_ATTRIBUTE ? rules[0].value : null
}

/** A price that applies to everyone: no rules and no price list. */
export const isRegularPrice = (price: StoredPrice) => !price.price_list_id && !(price.price_rules ?? []).length

/** Whether an amount has no more decimals than the currency has (2 for EUR, 0 for JPY). */
export const fitsCurrencyPrecision = (amount: number, currencyCode: string) =>
  Number.isFinite(amount) && roundMoney(amount, currencyCode) === amount

export type MemberPriceRow = { price_set_id: string; benefit_id: string; currency_code: string; amount: number | null }
export type MemberPriceAddition = { price_set_id: string; benefit_id: string; currency_code: string; amount: number }

/**
 * What setting these member prices changes in price sets holding `existing` prices: the stored
 * prices to remove (a row's amount is null or differs) and the prices to add. Rows that keep the
 * stored amount change nothing.
 */
export function memberPriceChanges(
  rows: MemberPriceRow[],
  existing: (StoredPrice & { price_set_id: string })[]
): { remove: string[]; add: MemberPriceAddition[] } {
  const key = (priceSetId: string, benefitId: string, currency: string) => `${priceSetId}:${benefitId}:${currency}`
  const stored = new Map<string, (StoredPrice & { price_set_id: string })[]>()
  for (const price of existing) {
    const benefitId = memberPriceBenefitId(price)
    if (benefitId && price.currency_code) {
      const k = key(price.price_set_id, benefitId, price.currency_code)
      stored.set(k, [...(stored.get(k) ?? []), price])
    }
  }
  const remove: string[] = []
  const add: MemberPriceAddition[] = []
  for (const row of rows) {
    const current = stored.get(key(row.price_set_id, row.benefit_id, row.currency_code)) ?? []
    if (row.amount !== null && current.length === 1 && Number(current[0].amount) === row.amount) {
      continue
    }
    remove.push(...current.map((price) => price.id))
    if (row.amount !== null) {
      add.push({ price_set_id: row.price_set_id, benefit_id: row.benefit_id, currency_code: row.currency_code, amount: row.amount })
    }
  }
  return { remove, add }
}
