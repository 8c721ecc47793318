import { POINTS_MODULE, type PointsModuleService } from "../../../../../../modules/points"
import { deletePointsMallItemWorkflow } from "../../../../../../workflows/points-mall/workflows/delete-points-mall-item"
import { updatePointsMallItemWorkflow } from "../../../../../../workflows/points-mall/workflows/update-points-mall-item"
import { entityRoutes } from "../../../../../utils/entity-routes"
import type { AdminUpdateMallItemType } from "../validators"

/** One mall item. Deleting takes it out of the mall for good; its redemptions stay. */
const { GET, POST, DELETE } = entityRoutes<AdminUpdateMallItemType>("item", "points_mall_item", {
  retrieve: (scope, id) => scope.resolve<PointsModuleService>(POINTS_MODULE).retrievePointsMallItem(id),
  update: updatePointsMallItemWorkflow,
  remove: deletePointsMallItemWorkflow,
})

export { GET, POST, DELETE }
