import { Module } from "@medusajs/framework/utils"
import PointsModuleService from "./service"

export const POINTS_MODULE = "points"

export default Module(POINTS_MODULE, {
  service: PointsModuleService,
})

export { PointsModuleService }
export * from "./ledger/ledger-sql"
export * from "./ledger/movement"
export * from "./mall/mall-rules"
export * from "./mall/redemption"
export * from "./models/points-mall-item"
export * from "./models/points-program"
export * from "./program"
export * from "./checkout/cart-mall-lines"
export * from "./checkout/cart-points"
export * from "./checkout/checkout-spend"
export * from "./checkout/redemption-quote"
export * from "./ledger/due-lots"
