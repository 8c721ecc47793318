import { POINTS_MODULE, type PointsModuleService, type MallItemLike } from "../../../modules/points"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MallItemFields } from "../utils/mall-item-fields"
import { assertMallItem } from "../queries/mall-item-fields"

export const createPointsMallItemStepId = "create-points-mall-item"

/** Creates a mall item after checking it; rollback deletes it. */
export const createPointsMallItemStep = createStep(
  createPointsMallItemStepId,
  async (input: MallItemFields & { name: string; kind: MallItemLike["kind"]; points_price: number }, { container }) => {
    const fields = { tier_ids: [], ...input }
    await assertMallItem(container, fields, fields)
    const item = await container.resolve<PointsModuleService>(POINTS_MODULE).createPointsMallItems(fields as never)
    return new StepResponse(item, item.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PointsModuleService>(POINTS_MODULE).deletePointsMallItems(id)
    }
  }
)
