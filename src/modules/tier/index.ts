import { Module } from "@medusajs/framework/utils"
import TierModuleService from "./service"

export const TIER_MODULE = "tier"

export default Module(TIER_MODULE, {
  service: TierModuleService,
})

export { TierModuleService }
export * from "./models/growth-entry"
export * from "./models/tier-program"
export * from "./sql/evaluation-sql"
export type { TierSync } from "./sql/group-sync-sql"
export * from "./sql/scope-sql"
export * from "./utils/growth-rules"
export * from "./utils/program"
export * from "./utils/tier-simulator"
