import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { restoringUpdateStep } from "../../common/steps/restoring-update-step"
import { PartnerFields } from "../utils/partner-fields"

export const updatePartnerStepId = "update-partner"

/** Updates a partner; rollback writes the previous values back. */
export const updatePartnerStep = restoringUpdateStep(updatePartnerStepId, PARTNER_MODULE, {
  before: (partners: PartnerModuleService, input: PartnerFields & { id: string }) => partners.retrievePartner(input.id),
  save: (partners, values) => partners.updatePartners(values as PartnerFields & { id: string }),
})
