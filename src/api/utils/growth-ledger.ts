import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../modules/membership"

export const GROWTH_ENTRY_FIELDS = ["id", "amount", "reason", "reference", "order_id", "note", "actor", "counts_at", "created_at"] as const

/** A customer's growth entries, newest first, one page. */
export async function growthPage(container: MedusaContainer, customerId: string, { limit, offset }: { limit: number; offset: number }) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [entries, count] = await membership.listAndCountGrowthEntries(
    { customer_id: customerId },
    { select: [...GROWTH_ENTRY_FIELDS], order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  return { entries, count, offset, limit }
}
