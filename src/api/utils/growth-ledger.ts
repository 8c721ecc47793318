import type { MedusaContainer } from "@medusajs/framework/types"
import { TIER_MODULE, type TierModuleService } from "../../modules/tier"
import { newestFirst } from "./page"
import type { PageParams } from "../../types/http"

export const GROWTH_ENTRY_FIELDS = ["id", "amount", "reason", "reference", "order_id", "note", "actor", "counts_at", "created_at"] as const

/** A customer's growth entries, newest first, one page. */
export async function growthPage(container: MedusaContainer, customerId: string, { limit, offset }: PageParams) {
  const [entries, count] = await container
    .resolve<TierModuleService>(TIER_MODULE)
    .listAndCountGrowthEntries({ customer_id: customerId }, { select: [...GROWTH_ENTRY_FIELDS], ...newestFirst({ limit, offset }) })
  return { entries, count, offset, limit }
}
