import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService, couponPeriod } from "../../../modules/membership"
import type { PartnerEntitlement } from "../../../types/http"
import { grantingMemberships } from "../../benefits/utils/shopper-benefits"

/** What one claim of a partner benefit uses up, and the membership that granted it (null: a tier did). */
export type PartnerEntitlementKey = { entitlement_key: string; membership_id: string | null }

/**
 * The key of the entitlement a claim at `now` uses up: `ever`; the store's calendar month
 * (`month:YYYY-MM`); or the membership period (`period:<id>`). Without a period (a member who
 * holds the benefit through a tier only) a period benefit counts by month.
 */
export function partnerEntitlementKey(entitlement: PartnerEntitlement, periodKey: string | null, now: Date, timeZone: string): string {
  if (entitlement === "ever") {
    return "ever"
  }
  if (entitlement === "period" && periodKey) {
    return `period:${periodKey}`
  }
  return `month:${couponPeriod(now, timeZone)}`
}

/**
 * The customer's entitlement for a partner benefit at `now`: their membership whose plan grants
 * the benefit and that grants benefits now (a past-due one too, see `grantingMemberships`), and
 * the membership period running at `now` — for a past-due one, the last period it paid for (a
 * membership without period rows, e.g. created by hand, counts its current period by its start).
 */
export async function resolvePartnerEntitlement(
  container: MedusaContainer,
  input: { customer_id: string; plan_ids: string[]; entitlement: PartnerEntitlement; now: Date }
): Promise<PartnerEntitlementKey> {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [program, [live]] = await Promise.all([
    membership.loadTierProgram(),
    input.plan_ids.length ? grantingMemberships(membership, input.customer_id, input.now, input.plan_ids) : Promise.resolve([]),
  ])
  let periodKey: string | null = null
  if (live && input.entitlement === "period") {
    // The period running now, or for a past-due member the last one paid: its benefits go on.
    const [period] = await membership.listMembershipPeriods(
      { membership_id: live.id, starts_at: { $lte: input.now } } as never,
      { select: ["id"], order: { starts_at: "DESC" }, take: 1 }
    )
    periodKey = period?.id ?? `${live.id}:${new Date(live.current_period_start).toISOString()}`
  }
  return {
    entitlement_key: partnerEntitlementKey(input.entitlement, periodKey, input.now, program.timezone),
    membership_id: live?.id ?? null,
  }
}
