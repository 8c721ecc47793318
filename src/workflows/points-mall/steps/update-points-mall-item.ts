import { POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MallItemFields } from "../utils/mall-item-fields"
import { assertMallItem } from "../queries/mall-item-fields"
import { valuesBefore } from "../../common/utils/values-before"

export const updatePointsMallItemStepId = "update-points-mall-item"

/** Updates a mall item (its kind stays); rollback writes the previous values back. */
export const updatePointsMallItemStep = createStep(
  updatePointsMallItemStepId,
  async (input: MallItemFields & { id: string }, { container }) => {
    const service = container.resolve<PointsModuleService>(POINTS_MODULE)
    const previous = await service.retrievePointsMallItem(input.id)
    const { id, ...change } = input
    await assertMallItem(container, { ...(previous as unknown as MallItemFields), ...change }, change)
    const item = await service.updatePointsMallItems({ id, ...change } as never)
    return new StepResponse(item, valuesBefore(previous, change, id))
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<PointsModuleService>(POINTS_MODULE).updatePointsMallItems(restore as never)
    }
  }
)
