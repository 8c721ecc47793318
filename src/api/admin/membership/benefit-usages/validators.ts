import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-params"

export const AdminListBenefitUsagesParams = listParams.extend({
  customer_id: z.string().min(1).optional(),
  benefit_id: z.string().min(1).optional(),
  order_id: z.string().min(1).optional(),
  membership_id: z.string().min(1).optional(),
})
export type AdminListBenefitUsagesParamsType = z.infer<typeof AdminListBenefitUsagesParams>
