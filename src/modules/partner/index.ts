import { Module } from "@medusajs/framework/utils"
import PartnerModuleService from "./service"

export const PARTNER_MODULE = "partner"

export default Module(PARTNER_MODULE, {
  service: PartnerModuleService,
})

export { PartnerModuleService }
export * from "./requests/outcomes"
export * from "./codes/code-format"
export * from "./codes/code-view"
export * from "./codes/csv-import"
export * from "./models/partner"
export * from "./types"
