import type { MedusaContainer } from "@medusajs/framework/types"
import { PARTNER_MODULE } from "../../../modules/partner"
import type { PartnerModuleService } from "../../../modules/partner"

export const partners = (container: MedusaContainer) => container.resolve<PartnerModuleService>(PARTNER_MODULE)
