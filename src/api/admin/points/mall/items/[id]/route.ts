import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POINTS_MODULE, type PointsModuleService } from "../../../../../../modules/points"
import { deletePointsMallItemWorkflow } from "../../../../../../workflows/points-mall/workflows/delete-points-mall-item"
import { updatePointsMallItemWorkflow } from "../../../../../../workflows/points-mall/workflows/update-points-mall-item"
import type { AdminUpdateMallItemType } from "../validators"

const retrieveItem = (req: AuthenticatedMedusaRequest<unknown>) =>
  req.scope.resolve<PointsModuleService>(POINTS_MODULE).retrievePointsMallItem(req.params.id)

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ item: await retrieveItem(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateMallItemType>, res: MedusaResponse) => {
  await retrieveItem(req)
  const { result } = await updatePointsMallItemWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ item: result })
}

/** Takes the item out of the mall for good; its redemptions stay. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveItem(req)
  await deletePointsMallItemWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "points_mall_item", deleted: true })
}
