import type { z } from "@medusajs/framework/zod"
import { listParams } from "../../../../../utils/list-params"

export const AdminListCouponsParams = listParams
export type AdminListCouponsParamsType = z.infer<typeof AdminListCouponsParams>
