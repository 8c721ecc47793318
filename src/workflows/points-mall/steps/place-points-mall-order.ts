import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ADD_TO_CART_HINT } from "../../../modules/points"
import { serverCheckout } from "../../common/steps/server-checkout"

export type PointsMallShipping = {
  option_id: string
  address: { country_code: string; city?: string; address_1?: string; postal_code?: string }
}

export type PlacePointsMallOrderInput = {
  redemption_id: string
  item: { id: string; variant_id: string; points_price: number }
  customer_id: string
  region_id?: string | null
  /** The storefront's sales channel (its publishable key's). */
  sales_channel_id?: string | null
  shipping?: PointsMallShipping | null
}

export const placePointsMallOrderStepId = "place-points-mall-order"

/**
 * The order a variant item gives, placed for the customer by a server-side checkout: one line
 * of the variant at a custom price of 0 (the points paid it), so nothing is charged. Shipping
 * that costs money, or none for an item that ships, fails the redemption with a 400: the shopper
 * buys the item through their cart instead. Rollback cancels the order.
 */
export const placePointsMallOrderStep = createStep(
  placePointsMallOrderStepId,
  async (input: PlacePointsMallOrderInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: input.customer_id } })
    const checkout = await serverCheckout(container, {
      customer_id: input.customer_id,
      email: (customers[0] as { email?: string } | undefined)?.email ?? null,
      region_id: input.region_id ?? null,
      sales_channel_id: input.sales_channel_id ?? null,
      variant_id: input.item.variant_id,
      unit_price: 0,
      item_metadata: { points_redemption_id: input.redemption_id, points_mall_item_id: input.item.id, points_price: input.item.points_price },
      metadata: { points_redemption_id: input.redemption_id },
      shipping: input.shipping ?? null,
      unpaid_message: `This shipping option costs money: ${ADD_TO_CART_HINT} with it`,
      unshipped_message:
        "This item is shipped: send shipping: { option_id, address: { country_code, city?, address_1?, postal_code? } } " +
        `with a free shipping option, or ${ADD_TO_CART_HINT}`,
    })
    return new StepResponse({ order_id: checkout.order_id }, checkout.order_id)
  },
  async (orderId, { container }) => {
    if (orderId) {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
    }
  }
)
