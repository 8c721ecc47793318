import type { PartnerEntitlement } from "../../../types/http"
import { couponPeriod } from "./coupon-drop"

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
