export type SqlStatement = { sql: string; bindings: unknown[] }

export type CouponRecipientsQuery = {
  /**
   * Members of these plans with a membership in one of `liveStatuses` whose period ends after
   * `now` — for a past-due one, whose retries and grace period end after `now`.
   */
  planIds: string[]
  liveStatuses: string[]
  now: Date
  /** Holders of a tier of this rank or higher; null: no tier grants the benefit. */
  reachRank: number | null
  /** Keyset: customers with an id after this one. */
  after: string | null
  limit: number
}

/**
 * The next customers, by id, that a benefit reaches now: members of its plans with a live
 * membership, and customers in its tiers or higher. The same standing `shopperStanding` reads
 * for one customer, over everyone at once.
 *
 * The one statement that reads another module's tables: the tier module's `customer_tier` and
 * `membership_tier` (same database, read by table name only), so a batch pages over plan members
 * and tier holders together in one keyset.
 */
export function couponRecipientsStatement(query: CouponRecipientsQuery): SqlStatement {
  return {
    sql: `
SELECT customer_id FROM (
  SELECT m.customer_id FROM membership m
  JOIN membership_plan p ON p.id = m.plan_id
  WHERE m.deleted_at IS NULL
    AND m.plan_id IN (SELECT jsonb_array_elements_text(?::jsonb))
    AND m.status IN (SELECT jsonb_array_elements_text(?::jsonb))
    -- pastDueEndsAt: a past-due membership grants until the later of its grace and its last retry.
    -- (in 24-hour days, as addDays counts them, whatever the session's time zone).
    AND m.current_period_end + CASE WHEN m.status = 'past_due' THEN make_interval(hours => 24 * GREATEST(p.grace_days,
      COALESCE((SELECT MAX(o::int) FROM jsonb_array_elements_text(p.dunning_offsets) o), 0))) ELSE interval '0' END > ?::timestamptz
  UNION
  SELECT ct.customer_id FROM customer_tier ct
  JOIN membership_tier t ON t.id = ct.tier_id AND t.deleted_at IS NULL
  WHERE ct.deleted_at IS NULL AND t.rank >= ?::int
) eligible
WHERE customer_id > ?
ORDER BY customer_id
LIMIT ?`,
    bindings: [
      JSON.stringify(query.planIds),
      JSON.stringify(query.liveStatuses),
      query.now.toISOString(),
      query.reachRank,
      query.after ?? "",
      query.limit,
    ],
  }
}

export type CouponClaim = {
  id: string
  benefit_id: string
  customer_id: string
  period: string
  sequence: number
  code: string
  value_type: string
  value: number
  currency_code: string | null
  expires_at: string
}

/**
 * Inserts the month's coupon rows that do not exist yet and returns the ids it inserted. The
 * partial unique index (benefit, customer, period, sequence) makes a rerun or a concurrent run
 * insert nothing for rows another run claimed.
 */
export function claimCouponsStatement(claims: CouponClaim[]): SqlStatement {
  return {
    sql: `
INSERT INTO member_coupon (id, benefit_id, customer_id, period, sequence, code, value_type, value, raw_value, currency_code, expires_at)
SELECT id, benefit_id, customer_id, period, sequence, code, value_type, value,
  jsonb_build_object('value', value::text, 'precision', 20), currency_code, expires_at
FROM jsonb_to_recordset(?::jsonb) AS r(id text, benefit_id text, customer_id text, period text, sequence int, code text,
  value_type text, value numeric, currency_code text, expires_at timestamptz)
ON CONFLICT (benefit_id, customer_id, period, sequence) WHERE deleted_at IS NULL DO NOTHING
RETURNING id`,
    bindings: [JSON.stringify(claims)],
  }
}
