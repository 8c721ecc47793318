/** A store as read with its supported currencies. */
export type StoreWithCurrencies = { supported_currencies?: { currency_code: string; is_default?: boolean | null }[] | null } | null | undefined

/** The store's supported currencies, lowercase. */
export function supportedCurrencyCodes(store: StoreWithCurrencies): string[] {
  return (store?.supported_currencies ?? []).map((currency) => currency.currency_code.toLowerCase())
}

/** The store's default currency, lowercase (its first supported one when none is marked default). */
export function defaultCurrencyCode(store: StoreWithCurrencies): string | null {
  const currency = store?.supported_currencies?.find((candidate) => candidate.is_default) ?? store?.supported_currencies?.[0]
  return currency?.currency_code.toLowerCase() ?? null
}
