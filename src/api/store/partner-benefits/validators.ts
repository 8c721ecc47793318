import { z } from "@medusajs/framework/zod"
import { listParams } from "../../utils/list-params"

export const StoreListPartnerBenefitsParams = listParams
export type StoreListPartnerBenefitsParamsType = z.infer<typeof StoreListPartnerBenefitsParams>

/** A claim takes no settings; anything sent is refused so a typo is not silently ignored. */
export const StoreClaimPartnerBenefit = z.object({}).strict()
