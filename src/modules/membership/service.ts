import { MedusaService } from "@medusajs/framework/utils"
import { MembershipPlan } from "./models/membership-plan"

class MembershipModuleService extends MedusaService({
  MembershipPlan,
}) {}

export default MembershipModuleService
