import { PARTNER_MODULE, type PartnerModuleService } from "../../../../modules/partner"
import { deletePartnerWorkflow } from "../../../../workflows/partners/workflows/delete-partner"
import { updatePartnerWorkflow } from "../../../../workflows/partners/workflows/update-partner"
import { entityRoutes } from "../../../utils/entity-routes"
import type { AdminUpdatePartnerType } from "../validators"

/**
 * One partner. A partial update of `{ status: "suspended" }` stops every key of the partner at
 * once; only a partner no benefit names may be deleted (400 otherwise).
 */
const { GET, POST, DELETE } = entityRoutes<AdminUpdatePartnerType>("partner", "partner", {
  retrieve: (scope, id) => scope.resolve<PartnerModuleService>(PARTNER_MODULE).retrievePartner(id),
  update: updatePartnerWorkflow,
  remove: deletePartnerWorkflow,
})

export { GET, POST, DELETE }
