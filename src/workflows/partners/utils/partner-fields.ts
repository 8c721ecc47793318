import type { MedusaContainer } from "@medusajs/framework/types"
import { PARTNER_MODULE } from "../../../modules/partner"
import type { PartnerStatus } from "../../../modules/partner"
import type { PartnerModuleService } from "../../../modules/partner"
export type PartnerFields = {
  name?: string
  status?: PartnerStatus
  contact_name?: string | null
  contact_email?: string | null
  notes?: string | null
}

export const partners = (container: MedusaContainer) => container.resolve<PartnerModuleService>(PARTNER_MODULE)
