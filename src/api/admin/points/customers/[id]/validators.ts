import type { z } from "@medusajs/framework/zod"
import { listParams } from "../../../../utils/list-params"

export const AdminListCustomerPointsParams = listParams
export type AdminListCustomerPointsParamsType = z.infer<typeof AdminListCustomerPointsParams>
