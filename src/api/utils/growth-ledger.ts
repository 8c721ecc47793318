import type { MedusaContainer } from "@medusajs/framework/types"
import { TIER_MODULE, type TierModuleService } from "../../modules/tier"

export const GROWTH_ENTRY_FIELDS = ["id", "amount", "reason", "reference", "order_id", "note", "actor", "counts_at", "created_at"] as const

/** A customer's growth entries, newest first, one page. */
export async function growthPage(container: MedusaContainer, customerId: string, { limit, offset }: { limit: number; offset: number }) {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const [entries, count] = await tierModule.listAndCountGrowthEntries(
    { customer_id: customerId },
    { select: [...GROWTH_ENTRY_FIELDS], order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  return { entries, count, offset, limit }
}
