import type { MemberPriceBenefit, MemberPriceChange, ProductMemberPrices } from "../../types/http"
import { eligibilityNames } from "./benefit-display"

/** The member-price table's edits: a cell's text as typed, by `cellKey`; cells not edited show the saved amount. */
export type MemberPriceEdits = Record<string, string>

export const cellKey = (variantId: string, benefitId: string, currencyCode: string) =>
  `${variantId}:${benefitId}:${currencyCode}`

/** The saved member price of a cell, or `null` when it has none. */
export function savedMemberPrice(
  variant: ProductMemberPrices["variants"][number],
  benefitId: string,
  currencyCode: string
): number | null {
  const price = variant.member_prices.find((p) => p.benefit_id === benefitId && p.currency_code === currencyCode)
  return price ? Number(price.amount) : null
}

/** What a cell shows: the edit if any, else the saved amount ("" = no member price). */
export function cellText(
  variant: ProductMemberPrices["variants"][number],
  benefitId: string,
  currencyCode: string,
  edits: MemberPriceEdits
) {
  const key = cellKey(variant.id, benefitId, currencyCode)
  if (key in edits) {
    return edits[key]
  }
  const saved = savedMemberPrice(variant, benefitId, currencyCode)
  return saved === null ? "" : String(saved)
}

/**
 * The cells whose typed value differs from the saved one: an emptied cell removes its member
 * price (`amount: null`). Only numbers reach here (the inputs are number inputs); the server
 * judges whether an amount is acceptable.
 */
export function changedMemberPrices(data: ProductMemberPrices, edits: MemberPriceEdits): MemberPriceChange[] {
  const changes: MemberPriceChange[] = []
  for (const variant of data.variants) {
    for (const benefit of data.benefits) {
      for (const currency_code of data.currencies) {
        const text = edits[cellKey(variant.id, benefit.id, currency_code)]
        if (text === undefined) {
          continue
        }
        const amount = text.trim() === "" ? null : Number(text)
        if (amount !== savedMemberPrice(variant, benefit.id, currency_code)) {
          changes.push({ variant_id: variant.id, benefit_id: benefit.id, currency_code, amount })
        }
      }
    }
  }
  return changes
}

/** Who pays a benefit's member prices: "PLUS Annual · Gold tier and above", or "Nobody yet". */
export function memberPriceAudience(
  benefit: Pick<MemberPriceBenefit, "plan_ids" | "tier_ids">,
  plans: { id: string; name: string }[],
  tiers: { id: string; name: string }[]
) {
  const names = eligibilityNames(benefit, plans, tiers)
  // A tier's benefits reach the tiers above it.
  const parts = [...names.plans, ...names.tiers.map((tier) => `${tier} tier and above`)]
  return parts.length ? parts.join(" · ") : "Nobody yet"
}
