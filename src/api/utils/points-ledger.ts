import type { MedusaContainer } from "@medusajs/framework/types"
import { POINTS_MODULE, type PointsModuleService } from "../../modules/points"
import { newestFirst } from "./page"
import type { PageParams } from "../../types/http"

export const POINTS_TRANSACTION_FIELDS = ["id", "type", "amount", "order_id", "cart_id", "reference", "note", "actor", "created_at"] as const

/** Points expiring within this many days count as "expiring soon". */
export const EXPIRING_SOON_DAYS = 30

/** A customer's points transactions, newest first, one page. */
export async function pointsTransactionsPage(container: MedusaContainer, customerId: string, { limit, offset }: PageParams) {
  const [transactions, count] = await container
    .resolve<PointsModuleService>(POINTS_MODULE)
    .listAndCountPointsTransactions({ customer_id: customerId }, { select: [...POINTS_TRANSACTION_FIELDS], ...newestFirst({ limit, offset }) })
  return { transactions, count, offset, limit }
}

/** Available, pending and expiring-soon points of a customer now. */
export function pointsBalancesOf(container: MedusaContainer, customerId: string) {
  return container.resolve<PointsModuleService>(POINTS_MODULE).pointsBalances(customerId, new Date(), EXPIRING_SOON_DAYS)
}
