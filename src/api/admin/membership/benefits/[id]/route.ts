import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../../modules/membership"
import { deleteMembershipBenefitWorkflow } from "../../../../../workflows/benefits/workflows/delete-membership-benefit"
import { updateMembershipBenefitWorkflow } from "../../../../../workflows/benefits/workflows/update-membership-benefit"
import { entityRoutes } from "../../../../utils/entity-routes"
import type { AdminUpdateBenefitType } from "../validators"

/** One benefit of the catalogue. */
const { GET, POST, DELETE } = entityRoutes<AdminUpdateBenefitType>("benefit", "membership_benefit", {
  retrieve: (scope, id) => scope.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).retrieveMembershipBenefit(id),
  update: updateMembershipBenefitWorkflow,
  remove: deleteMembershipBenefitWorkflow,
})

export { GET, POST, DELETE }
