import { model } from "@medusajs/framework/utils"

/**
 * A customer's points account. Balances are derived from the lots; the row exists so that
 * every movement of the customer's points can lock it (`SELECT … FOR UPDATE`) and run one at
 * a time.
 */
export const PointsAccount = model.define("points_account", {
  id: model.id({ prefix: "pacct" }).primaryKey(),
  customer_id: model.text().unique(),
})
