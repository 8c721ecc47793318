import { model } from "@medusajs/framework/utils"

/**
 * The membership pricing context a cart's lines were last priced under (`context_key`, see
 * `pricingContextKey`). A cart without a row was priced under the empty context (a guest's).
 * The cart hooks compare it with the shopper's context now, and re-price only when they differ.
 */
export const CartPricing = model
  .define("membership_cart_pricing", {
    id: model.id({ prefix: "mcprc" }).primaryKey(),
    cart_id: model.text(),
    context_key: model.text(),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }])
