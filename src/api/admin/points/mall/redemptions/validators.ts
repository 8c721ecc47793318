import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../../utils/list-params"

export const AdminListMallRedemptionsParams = listParams.extend({
  item_id: z.string().min(1).optional(),
  customer_id: z.string().min(1).optional(),
})
export type AdminListMallRedemptionsParamsType = z.infer<typeof AdminListMallRedemptionsParams>
