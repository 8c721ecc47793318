import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type MallItemLike } from "../../../modules/points"
import { MallItemFields, points, assertMallItem } from "../utils/mall-item-fields"

export const createPointsMallItemStepId = "create-points-mall-item"
/** Creates a mall item after checking it; rollback deletes it. */
export const createPointsMallItemStep = createStep(
  createPointsMallItemStepId,
  async (input: MallItemFields & { name: string; kind: MallItemLike["kind"]; points_price: number }, { container }) => {
    const fields = { tier_ids: [], ...input }
    await assertMallItem(container, fields, fields)
    const item = await points(container).createPointsMallItems(fields as never)
    return new StepResponse(item, item.id)
  },
  async (id, { container }) => {
    if (id) {
      await points(container).deletePointsMallItems(id)
    }
  }
)
