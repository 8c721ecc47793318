import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { orderReversalRatio } from "../../../modules/tier"
import { roundMoney } from "../../../lib/money"
import { loadOrderReversalState } from "../../common/queries/order-reversal-state"
import { benefitsOfPromotions } from "../queries/benefits-of-promotions"
import { memberPriceSavings } from "../queries/member-price-savings"
import { shopperBenefits } from "../queries/shopper-benefits"
import {
  addAdjustmentValues,
  type BenefitUsageInput,
  type BenefitUsageReversal,
  ORDER_LINES_FIELDS,
  orderAdjustments,
  type OrderLines,
  usageReversals,
  usagesOfValues,
} from "../utils/order-benefit-usage"

/**
 * The usage an order's benefits gave: member price savings (at the member prices the customer
 * held when ordering, a plan in the order included) and the adjustments of the benefits' promotions.
 */
async function usagesOfOrder(
  container: MedusaContainer,
  membership: MembershipModuleService,
  orderId: string,
  customerId: string,
  order: { currency_code: string; created_at: string | Date }
): Promise<Omit<BenefitUsageInput, "reversed_value">[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_LINES_FIELDS, filters: { id: orderId } })
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
  const adjustments = orderAdjustments(lines)
  const benefitOf = await benefitsOfPromotions(container, adjustments.map((adjustment) => adjustment.promotion_id))
  addAdjustmentValues(values, adjustments, benefitOf)
  if (!values.size) {
    return []
  }
  const [benefits, [member]] = await Promise.all([
    membership.listMembershipBenefits({ id: [...values.keys()] }, { select: ["id", "type"], withDeleted: true }),
    // The membership held when ordering, not one this order's payment created: which of the two
    // exists when this runs depends on event timing (e.g. a worker handling order.placed late).
    membership.listMemberships({ customer_id: customerId, created_at: { $lte: new Date(order.created_at) } }, { select: ["id"], take: 1 }),
  ])
  const typeOf = new Map(benefits.map((benefit) => [benefit.id, benefit.type as string]))
  return usagesOfValues(values, typeOf, {
    id: orderId,
    customer_id: customerId,
    membership_id: member?.id ?? null,
    currency_code: order.currency_code,
    created_at: order.created_at,
  })
}

export const planOrderBenefitUsageStepId = "plan-order-benefit-usage"

/**
 * What an order owes in benefit usage now, from its state alone (any order event may ask): one
 * record per benefit that changed its total — member prices, member discounts, free shipping,
 * dropped coupons — written once, when first asked after placement; and, for every record, the
 * value given back so far in the share of the order refunded, returned or canceled. Computed
 * inside the order's lock; writes nothing.
 */
export const planOrderBenefitUsageStep = createStep(planOrderBenefitUsageStepId, async (input: { order_id: string }, { container }) => {
  const orderId = input.order_id
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const state = await loadOrderReversalState(container, orderId)
  const customerId = state?.order.customer?.has_account ? state.order.customer_id : null
  if (!state || !customerId) {
    return new StepResponse({ create: [] as BenefitUsageInput[], reverse: [] as BenefitUsageReversal[] })
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
  const create: BenefitUsageInput[] =
    recorded.length || state.canceled
      ? []
      : (await usagesOfOrder(container, membership, orderId, customerId, order)).map((usage) => ({
          ...usage,
          reversed_value: reversedShare(usage.value, usage.currency_code),
        }))
  return new StepResponse({ create, reverse: usageReversals(recorded, reversedShare) })
})
