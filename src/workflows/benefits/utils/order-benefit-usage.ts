import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { orderReversalRatio } from "../../../modules/tier"
import { roundMoney } from "../../../lib/money"
import { benefitsOfPromotions } from "./benefits-of-promotions"
import { memberPriceSavings } from "./member-price-savings"
import { shopperBenefits } from "./shopper-benefits"
import { loadOrderReversalState } from "../../common/queries/order-reversal-state"

export type BenefitUsageInput = {
  customer_id: string
  membership_id: string | null
  benefit_id: string
  benefit_type: string
  order_id: string | null
  value: number
  currency_code: string
  used_at: Date
  idempotency_key: string
  reversed_value: number
}

export type BenefitUsageReversal = { id: string; reversed_value: number; previous: number }

type Adjusted = { adjustments?: { amount: number; promotion_id?: string | null }[] | null }

type OrderLines = {
  region_id?: string | null
  items?: ({ variant_id?: string | null; detail?: { quantity: number } | null; unit_price: number } & Adjusted)[]
  shipping_methods?: Adjusted[]
}

export const benefitUsageKey = (orderId: string, benefitId: string) => `order:${orderId}:benefit:${benefitId}`

/**
 * What an order owes in benefit usage now, from its state alone (any order event may ask): one
 * record per benefit that changed its total — member prices, member discounts, free shipping,
 * dropped coupons — written once, when first asked after placement; and, for every record, the
 * value given back so far in the share of the order refunded, returned or canceled.
 */
export async function planOrderBenefitUsage(
  container: MedusaContainer,
  orderId: string
): Promise<{ create: BenefitUsageInput[]; reverse: BenefitUsageReversal[] }> {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const state = await loadOrderReversalState(container, orderId)
  const customerId = state?.order.customer?.has_account ? state.order.customer_id : null
  if (!state || !customerId) {
    return { create: [], reverse: [] }
  }
  const { order } = state
  const recorded = await membership.listBenefitUsages({ order_id: orderId })
  const ratio = orderReversalRatio({
    paid_total: state.captured,
    refunded_total: state.refunded,
    returned_total: state.returned,
    returned_base: state.goods,
    canceled: state.canceled,
  })
  const reversedShare = (value: number, currencyCode: string) => roundMoney(value * ratio, currencyCode)
  const create =
    recorded.length || state.canceled
      ? []
      : (await usagesOfOrder(container, membership, orderId, customerId, order)).map((usage) => ({
          ...usage,
          reversed_value: reversedShare(usage.value, usage.currency_code),
        }))
  const reverse: BenefitUsageReversal[] = []
  for (const usage of recorded) {
    const target = reversedShare(Number(usage.value), usage.currency_code)
    const previous = Number(usage.reversed_value)
    // Reversals only grow: a later, smaller ratio never gives value back to the member.
    if (target > previous) {
      reverse.push({ id: usage.id, reversed_value: target, previous })
    }
  }
  return { create, reverse }
}

async function usagesOfOrder(
  container: MedusaContainer,
  membership: MembershipModuleService,
  orderId: string,
  customerId: string,
  order: { currency_code: string; created_at: string | Date }
): Promise<Omit<BenefitUsageInput, "reversed_value">[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "region_id",
      "items.id",
      "items.variant_id",
      // An order line's quantity is kept in its item detail; `items.quantity` alone comes back empty.
      "items.detail.quantity",
      "items.unit_price",
      "items.adjustments.amount",
      "items.adjustments.promotion_id",
      "shipping_methods.adjustments.amount",
      "shipping_methods.adjustments.promotion_id",
    ],
    filters: { id: orderId },
  })
  const lines = (data[0] ?? {}) as OrderLines
  // The member prices the customer held when ordering (a plan in the order included).
  const held = await shopperBenefits(container, customerId, {
    cartVariantIds: (lines.items ?? []).map((item) => item.variant_id),
    types: ["member_price"],
    now: new Date(order.created_at),
  })
  const values = await memberPriceSavings(
    container,
    { currency_code: order.currency_code, region_id: lines.region_id, customer_id: customerId },
    (lines.items ?? []).map((item) => ({ ...item, quantity: Number(item.detail?.quantity ?? 0) })),
    new Set(held.map((benefit) => benefit.id))
  )
  const adjustments = [...(lines.items ?? []), ...(lines.shipping_methods ?? [])].flatMap((line) => line.adjustments ?? [])
  const benefitOf = await benefitsOfPromotions(container, adjustments.map((adjustment) => adjustment.promotion_id))
  for (const adjustment of adjustments) {
    const benefitId = adjustment.promotion_id ? benefitOf.get(adjustment.promotion_id) : undefined
    if (benefitId) {
      values.set(benefitId, (values.get(benefitId) ?? 0) + Number(adjustment.amount))
    }
  }
  if (!values.size) {
    return []
  }
  const [benefits, [member]] = await Promise.all([
    membership.listMembershipBenefits({ id: [...values.keys()] }, { select: ["id", "type"], withDeleted: true }),
    membership.listMemberships({ customer_id: customerId }, { select: ["id"], take: 1 }),
  ])
  const typeOf = new Map(benefits.map((benefit) => [benefit.id, benefit.type as string]))
  return [...values.entries()]
    .map(([benefitId, value]) => ({ benefitId, value: roundMoney(value, order.currency_code) }))
    .filter(({ benefitId, value }) => value > 0 && typeOf.has(benefitId))
    .map(({ benefitId, value }) => ({
      customer_id: customerId,
      membership_id: member?.id ?? null,
      benefit_id: benefitId,
      benefit_type: typeOf.get(benefitId)!,
      order_id: orderId,
      value,
      currency_code: order.currency_code,
      used_at: new Date(order.created_at),
      idempotency_key: benefitUsageKey(orderId, benefitId),
    }))
}
