export * from "./steps"
export * from "./workflows"
export { issueCouponDrops } from "./utils/issue-coupon-drops"
