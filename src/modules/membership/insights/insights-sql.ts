import type { InsightsAmount } from "../../../types/http"
import type { SqlStatement } from "../coupons/coupon-sql"

/** A range of time, `from` included and `to` excluded. */
export type InsightsRange = { from: Date; to: Date }

/** The membership figures of a range: members and MRR at its end, its movements, fees and benefit cost. */
export type MembershipInsights = {
  /** Memberships by status at the end of the range (`canceled` ones still run until their period ends). */
  members: Record<string, number>
  mrr: (InsightsAmount & { paying: number })[]
  new_members: number
  churned_members: number
  /** Running memberships (active, past due, canceled) at the start of the range: what churn is measured against. */
  members_at_start: number
  fees: InsightsAmount[]
  benefit_cost: InsightsAmount[]
}

/**
 * Every membership's status at `at`: the status its last transition before then left it in.
 * Each transition writes an event with `to_status`, so a past day's statuses come from the
 * ledger rather than from today's rows.
 */
const statusAt = `SELECT DISTINCT ON (membership_id) membership_id, to_status AS status
  FROM membership_event WHERE occurred_at <= ? AND deleted_at IS NULL
  ORDER BY membership_id, occurred_at DESC, id DESC`

/** Members by status at `at`. A canceled membership is still running until its period ends (then it expires). */
export const membersByStatusStatement = (at: Date): SqlStatement => ({
  sql: `SELECT status, count(*)::int AS count FROM (${statusAt}) s GROUP BY status`,
  bindings: [at],
})

/**
 * Monthly recurring revenue at `at`, per currency: what each membership running then (active,
 * past due or canceled but not ended) paid for the period it is in, net of refunds, divided by
 * the months its plan's interval spans (a year is 12, a day 12/365.25). Trials and manual
 * extensions paid nothing and add nothing; `paying` counts the memberships that add.
 */
export const mrrStatement = (at: Date): SqlStatement => ({
  sql: `SELECT p.currency_code,
    SUM((p.amount - p.refunded_amount) / CASE pl.interval
      WHEN 'year' THEN 12.0 * pl.interval_count
      WHEN 'month' THEN 1.0 * pl.interval_count
      ELSE pl.interval_count * 12 / 365.25 END)::float8 AS amount,
    count(DISTINCT p.membership_id)::int AS paying
  FROM membership_period p
  JOIN (${statusAt}) s ON s.membership_id = p.membership_id AND s.status IN ('active', 'past_due', 'canceled')
  JOIN membership_plan pl ON pl.id = p.plan_id
  WHERE p.starts_at <= ? AND p.ends_at > ? AND p.amount > p.refunded_amount AND p.currency_code IS NOT NULL AND p.deleted_at IS NULL
  GROUP BY p.currency_code`,
  bindings: [at, at, at],
})

/**
 * Movements in the range: memberships whose first event falls in it (new), and memberships that
 * expired in it after having paid for a period (churned; a trial that ends unpaid is not churn).
 */
export const memberMovementsStatement = ({ from, to }: InsightsRange): SqlStatement => ({
  sql: `SELECT
    (SELECT count(*)::int FROM (SELECT membership_id FROM membership_event WHERE deleted_at IS NULL
      GROUP BY membership_id HAVING min(occurred_at) >= ? AND min(occurred_at) < ?) n) AS new_members,
    (SELECT count(DISTINCT e.membership_id)::int FROM membership_event e
      WHERE e.to_status = 'expired' AND e.from_status <> 'expired' AND e.occurred_at >= ? AND e.occurred_at < ? AND e.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM membership_period p WHERE p.membership_id = e.membership_id AND p.amount > 0
        AND p.starts_at <= e.occurred_at AND p.deleted_at IS NULL)) AS churned_members,
    (SELECT count(*)::int FROM (${statusAt}) s WHERE s.status IN ('active', 'past_due', 'canceled')) AS members_at_start`,
  bindings: [from, to, from, to, from],
})

/** Membership fees per currency for the periods that start in the range (a purchase or a renewal starts its period when paid), net of refunds. */
export const feesStatement = ({ from, to }: InsightsRange): SqlStatement => ({
  sql: `SELECT currency_code, SUM(amount - refunded_amount)::float8 AS amount FROM membership_period
  WHERE starts_at >= ? AND starts_at < ? AND amount > 0 AND currency_code IS NOT NULL AND deleted_at IS NULL
  GROUP BY currency_code`,
  bindings: [from, to],
})

/** What the benefits used in the range cost the store, per currency, net of what was given back (returns, refunds). */
export const benefitCostStatement = ({ from, to }: InsightsRange): SqlStatement => ({
  sql: `SELECT currency_code, SUM(value - reversed_value)::float8 AS amount FROM benefit_usage
  WHERE used_at >= ? AND used_at < ? AND deleted_at IS NULL
  GROUP BY currency_code`,
  bindings: [from, to],
})
