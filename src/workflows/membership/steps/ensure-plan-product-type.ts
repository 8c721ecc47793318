import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLAN_PRODUCT_TYPE } from "../utils/plan-product"

export const ensurePlanProductTypeStepId = "ensure-plan-product-type"

/**
 * The id of the plan product type, created the first time a plan needs it. Product type values
 * are unique, so of concurrent first creations one inserts and the others, refused, read it.
 *
 * No compensation: the type is shared by every plan's product, and a plan created concurrently
 * may already be using the one this step made; a type left without products is harmless and is
 * reused by the next plan.
 */
export const ensurePlanProductTypeStep = createStep(ensurePlanProductTypeStepId, async (_: void, { container }) => {
  const products: IProductModuleService = container.resolve(Modules.PRODUCT)
  const find = async () => (await products.listProductTypes({ value: PLAN_PRODUCT_TYPE }, { select: ["id"], take: 1 }))[0]

  let type = await find()
  if (!type) {
    try {
      type = await products.createProductTypes({ value: PLAN_PRODUCT_TYPE })
    } catch (error) {
      type = await find()
      if (!type) {
        throw error
      }
    }
  }
  return new StepResponse(type.id)
})
