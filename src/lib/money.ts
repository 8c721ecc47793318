/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY, 3 for KWD). */
export function currencyDigits(currencyCode: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** Rounds an amount to the currency's smallest unit, half away from zero. */
export function roundMoney(amount: number, currencyCode: string): number {
  const factor = 10 ** currencyDigits(currencyCode)
  return (Math.sign(amount) * Math.round(Math.abs(amount) * factor + Number.EPSILON)) / factor
}
