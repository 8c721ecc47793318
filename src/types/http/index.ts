// The request and response types of the plugin's admin and store routes, and the value lists
// they use. Types and plain constants only, so the server and the admin bundle both import them.
export * from "./common"
export * from "./membership-plans"
export * from "./memberships"
export * from "./tiers"
export * from "./growth"
export * from "./benefits"
export * from "./member-prices"
export * from "./coupons"
export * from "./points"
export * from "./points-mall"
export * from "./partners"
export * from "./insights"
