import type { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-params"

export const StoreListPlansParams = listParams
export type StoreListPlansParamsType = z.infer<typeof StoreListPlansParams>
