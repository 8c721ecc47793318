/** Display helpers shared by the membership pages; amounts are in major units (88 = 88.00). */

const fractionDigits = (currencyCode: string) => {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** "EUR 88.00", "JPY 1,200". */
export function formatAmount(amount: number | string | null | undefined, currencyCode: string | null | undefined) {
  const code = (currencyCode ?? "").toUpperCase()
  const digits = fractionDigits(code || "EUR")
  const value = Number(amount ?? 0).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
  return code ? `${code} ${value}` : value
}

/** "Nov 22, 2026", or "-" when there is no date. */
export function formatDate(value: string | null | undefined) {
  return value ? new Date(value).toLocaleDateString(undefined, { dateStyle: "medium" }) : "-"
}

/** "Nov 22, 2026, 10:15 AM", or "-" when there is no date. */
export function formatDateTime(value: string | null | undefined) {
  return value ? new Date(value).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "-"
}

/** "payment_failed" → "Payment failed". */
export function humanize(value: string) {
  return capitalized(value.replace(/_/g, " "))
}

/** "earn rate" → "Earn rate". */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
