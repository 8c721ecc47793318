import { MedusaService } from "@medusajs/framework/utils"
import { Partner } from "./models/partner"
import { PartnerApiKey } from "./models/partner-api-key"
import { PartnerAuditEntry } from "./models/partner-audit-entry"
import { PartnerCode } from "./models/partner-code"
import { PartnerCodeImport } from "./models/partner-code-import"
import { PartnerRateWindow } from "./models/partner-rate-window"
import { PartnerRequest } from "./models/partner-request"

class PartnerModuleService extends MedusaService({
  Partner,
  PartnerApiKey,
  PartnerCode,
  PartnerCodeImport,
  PartnerAuditEntry,
  PartnerRequest,
  PartnerRateWindow,
}) {}

export default PartnerModuleService
