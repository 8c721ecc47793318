export * from "./steps"
export * from "./workflows"
export { PLAN_PRODUCT_TYPE } from "./utils/plan-product"
