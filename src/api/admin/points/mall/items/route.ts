import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POINTS_MODULE, type PointsModuleService } from "../../../../../modules/points"
import { createPointsMallItemWorkflow } from "../../../../../workflows/points-mall/workflows/create-points-mall-item"
import { newestFirst, pageOf } from "../../../../utils/page"
import type { AdminCreateMallItemType, AdminListMallItemsParamsType } from "./validators"

/** Mall items, newest first, paginated; filtered by name (`q`), kind and status. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListMallItemsParamsType>, res: MedusaResponse) => {
  const { limit, offset, q, kind, status } = req.validatedQuery as AdminListMallItemsParamsType
  const filters = { ...(q ? { q } : {}), ...(kind ? { kind } : {}), ...(status ? { status } : {}) }
  const [items, count] = await req.scope
    .resolve<PointsModuleService>(POINTS_MODULE)
    .listAndCountPointsMallItems(filters, newestFirst({ limit, offset }))
  res.json({ items, ...pageOf(items, { count, skip: offset, take: limit }) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateMallItemType>, res: MedusaResponse) => {
  const { result } = await createPointsMallItemWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ item: result })
}
