import type { PointsExpiryMode, PointsProgramSettings, PointsTransactionType } from "../../types/http"
import { formatAmount } from "./format"
import { formatCount } from "./tier-display"

export const EXPIRY_MODE_OPTIONS: { value: PointsExpiryMode; label: string }[] = [
  { value: "days", label: "A number of days after earning" },
  { value: "end_of_following_year", label: "At the end of the following year" },
  { value: "never", label: "Never" },
]

export const TRANSACTION_TYPE_LABELS: Record<PointsTransactionType, string> = {
  earn: "Earned",
  unlock: "Unlocked",
  spend: "Spent",
  expire: "Expired",
  reverse: "Reversed",
  refund: "Refunded",
  adjust: "Adjustment",
}

/** "1,200 points", "1 point". */
export const points = (value: number) => `${formatCount(value)} point${value === 1 ? "" : "s"}`

/** "EUR: 1 point per unit, from EUR 10.00" per line, or what no rate means. */
export const earnRatesLabel = (program: PointsProgramSettings) =>
  program.earn_rates
    .map(
      (rate) =>
        `${rate.currency_code.toUpperCase()}: ${rate.points_per_unit} per unit` +
        (rate.min_order ? `, orders from ${formatAmount(rate.min_order, rate.currency_code)}` : "")
    )
    .join("\n") || "None: orders earn no points"

/** "EUR: 100 points = EUR 1.00" per line. */
export const redemptionRatesLabel = (program: PointsProgramSettings) =>
  program.redemption_rates
    .map((rate) => `${rate.currency_code.toUpperCase()}: ${points(rate.points_per_unit)} = ${formatAmount(1, rate.currency_code)}`)
    .join("\n") || "None: points cannot be spent at checkout"

export const excludedLabel = (program: Pick<PointsProgramSettings, "exclude_shipping" | "exclude_tax">) =>
  [program.exclude_shipping && "Shipping", program.exclude_tax && "Tax"].filter(Boolean).join(", ") || "Nothing"

/** "365 days after earning", "At the end of the following year", "Never". */
export function expiryLabel(program: Pick<PointsProgramSettings, "expiry_mode" | "expiry_days">) {
  if (program.expiry_mode === "days") {
    return `${formatCount(program.expiry_days)} days after earning`
  }
  return EXPIRY_MODE_OPTIONS.find((option) => option.value === program.expiry_mode)?.label ?? program.expiry_mode
}

/** "Gold ×2" per line; a deleted tier by its id. */
export const tierMultipliersLabel = (program: PointsProgramSettings, tiers: { id: string; name: string }[]) =>
  program.tier_multipliers
    .map((row) => `${tiers.find((tier) => tier.id === row.tier_id)?.name ?? row.tier_id} ×${row.multiplier}`)
    .join("\n") || "None"
