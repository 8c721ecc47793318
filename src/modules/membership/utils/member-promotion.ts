import type { BenefitType } from "../models/membership-benefit"
import { roundMoney } from "../../../lib/money"
import type { MinimumSubtotal } from "../../../types/http"

export type { MinimumSubtotal }

/** Codes of the promotions the plugin manages; anything else is the merchant's. */
export const MEMBER_PROMOTION_CODE_PREFIX = "MEMBER-"

/**
 * The promotion-context attribute only the plugin's `setPromotionContext` hook supplies: the
 * ids of the member_discount and free_shipping benefits the cart's shopper is granted now.
 */
export const MEMBER_BENEFITS_ATTRIBUTE = "membership.benefit_ids"

export const PROMOTION_BENEFIT_TYPES = ["member_discount", "free_shipping"] as const satisfies BenefitType[]

export type PromotionBenefit = {
  id: string
  name: string
  type: BenefitType
  config: Record<string, unknown>
  status: string
}

export type TargetRule = { attribute: string; operator: "in"; values: string[] }

/** What the managed promotion of a benefit must look like; null for a benefit type without one. */
export type MemberPromotionState = {
  status: "active" | "inactive"
  target_type: "items" | "shipping_methods"
  value: number
  target_rules: TargetRule[]
}

export const isPromotionBenefit = (type: BenefitType) => (PROMOTION_BENEFIT_TYPES as readonly string[]).includes(type)

export const memberPromotionCode = (benefitId: string) =>
  `${MEMBER_PROMOTION_CODE_PREFIX}${benefitId.replace(/^mbnft_/, "").toUpperCase()}`

export const memberPromotionLabel = (benefitName: string) => `Membership: ${benefitName} (managed by the membership plugin)`

/**
 * A member discount is a percentage off every item, or off the items of some categories or
 * collections; free shipping is 100% off the shipping methods, optionally of some options only.
 * Allocation is always `across`: a percentage of each line's whole remaining amount.
 */
export function memberPromotionState(benefit: PromotionBenefit): MemberPromotionState | null {
  const status = benefit.status === "active" ? "active" : "inactive"
  const config = benefit.config
  if (benefit.type === "member_discount") {
    const rule = (attribute: string, values: unknown) => [{ attribute, operator: "in" as const, values: [...(values as string[])] }]
    const target_rules =
      config.scope === "categories"
        ? rule("items.product.categories.id", config.category_ids)
        : config.scope === "collections"
          ? rule("items.product.collection_id", config.collection_ids)
          : []
    return { status, target_type: "items", value: Number(config.percentage), target_rules }
  }
  if (benefit.type === "free_shipping") {
    const optionIds = config.shipping_option_ids as string[] | null | undefined
    const target_rules = optionIds?.length
      ? [{ attribute: "shipping_methods.shipping_option_id", operator: "in" as const, values: [...optionIds] }]
      : []
    return { status, target_type: "shipping_methods", value: 100, target_rules }
  }
  return null
}

/**
 * Whether free shipping is offered on a cart in this currency whose goods come to `subtotal`:
 * always without minimums; with minimums, only in a listed currency and from its amount on.
 */
export function freeShippingOffered(minimums: MinimumSubtotal[] | undefined, currencyCode: string, subtotal: number) {
  if (!minimums?.length) {
    return true
  }
  const currency = currencyCode.toLowerCase()
  const minimum = minimums.find((row) => row.currency_code.toLowerCase() === currency)
  return minimum !== undefined && roundMoney(subtotal, currency) >= minimum.amount
}
