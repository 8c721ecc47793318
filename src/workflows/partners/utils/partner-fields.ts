import type { PartnerStatus } from "../../../modules/partner"

export type PartnerFields = {
  name?: string
  status?: PartnerStatus
  contact_name?: string | null
  contact_email?: string | null
  notes?: string | null
}

