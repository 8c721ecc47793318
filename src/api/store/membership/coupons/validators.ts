import type { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-params"

export const StoreListCouponsParams = listParams
export type StoreListCouponsParamsType = z.infer<typeof StoreListCouponsParams>
