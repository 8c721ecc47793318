import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_STATUS_FIELDS } from "../../modules/membership"

export const MEMBERSHIP_FIELDS = [
  "id",
  "customer_id",
  ...MEMBERSHIP_STATUS_FIELDS,
  "currency_code",
  "created_at",
  "plan.id",
  "plan.name",
  "plan.interval",
  "plan.interval_count",
]

export const MEMBERSHIP_HISTORY_FIELDS = [
  "events.id",
  "events.type",
  "events.from_status",
  "events.to_status",
  "events.cause",
  "events.actor",
  "events.data",
  "events.occurred_at",
  "periods.id",
  "periods.source",
  "periods.plan_id",
  "periods.order_id",
  "periods.starts_at",
  "periods.ends_at",
  "periods.amount",
  "periods.currency_code",
  "periods.refunded_amount",
]

export type MembershipView = Record<string, unknown> & {
  id: string
  customer_id: string
  plan: { id: string; name: string }
  next_plan_id: string | null
  next_charge_at: string | Date | null
  currency_code: string | null
  events?: { occurred_at: string | Date }[]
  periods?: { starts_at: string | Date }[]
}

const newestFirst = <T>(rows: T[] | undefined, at: (row: T) => string | Date) =>
  [...(rows ?? [])].sort((a, b) => new Date(at(b)).getTime() - new Date(at(a)).getTime())

/** One membership with its history (newest first) and periods; 404 when there is none matching. */
export async function retrieveMembershipView(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  extraFields: string[] = []
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "membership",
    fields: [...MEMBERSHIP_FIELDS, ...MEMBERSHIP_HISTORY_FIELDS, ...extraFields],
    filters,
  })
  const membership = data[0] as MembershipView | undefined
  if (!membership) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Membership was not found")
  }
  return {
    ...membership,
    events: newestFirst(membership.events, (event) => event.occurred_at),
    periods: newestFirst(membership.periods, (period) => period.starts_at),
  }
}
