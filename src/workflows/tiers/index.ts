export * from "./steps"
export * from "./workflows"
export { reevaluateTiers } from "./utils/reevaluate-tiers"
