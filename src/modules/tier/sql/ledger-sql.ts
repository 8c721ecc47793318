import type { SqlStatement } from "./evaluation-sql"

/**
 * A customer's growth in the window (what tiers are judged on), over their lifetime (expiry
 * excluded), and their RFM spend and orders in the window.
 */
export function growthTotalsStatement(customerId: string, cutoff: Date | null): SqlStatement {
  return {
    sql: `
SELECT
  COALESCE(SUM(amount) FILTER (WHERE reason <> 'expiry' AND (?::timestamptz IS NULL OR counts_at >= ?::timestamptz)), 0)::float8 AS balance,
  COALESCE(SUM(amount) FILTER (WHERE reason <> 'expiry'), 0)::float8 AS lifetime,
  COALESCE(SUM(spend_value) FILTER (WHERE ?::timestamptz IS NULL OR counts_at >= ?::timestamptz), 0)::float AS spend,
  COALESCE(SUM(order_count) FILTER (WHERE ?::timestamptz IS NULL OR counts_at >= ?::timestamptz), 0)::float8 AS orders
FROM growth_entry WHERE customer_id = ? AND deleted_at IS NULL`,
    bindings: [...Array(6).fill(cutoff?.toISOString() ?? null), customerId],
  }
}

/**
 * Members per current tier, over every customer with growth or a tier (`tier_id` null: below
 * the lowest tier, whether they never reached it or fell out of it) — the population a preview
 * and an evaluation count.
 */
export const distributionStatement: SqlStatement = {
  sql: `SELECT ct.tier_id, COUNT(*)::int AS members
FROM (SELECT customer_id FROM growth_entry WHERE deleted_at IS NULL
      UNION SELECT customer_id FROM customer_tier WHERE deleted_at IS NULL) s
LEFT JOIN customer_tier ct ON ct.customer_id = s.customer_id AND ct.deleted_at IS NULL
GROUP BY ct.tier_id`,
  bindings: [],
}

/** Customers (all, or the listed ones) whose groups do not reflect their tier yet. */
export function pendingSyncStatement(limit: number, customerIds: string[] | null): SqlStatement {
  return {
    sql: `SELECT customer_id, tier_id, synced_tier_id FROM customer_tier
WHERE deleted_at IS NULL AND tier_id IS DISTINCT FROM synced_tier_id
  AND (?::jsonb IS NULL OR customer_id IN (SELECT jsonb_array_elements_text(?::jsonb)))
ORDER BY customer_id LIMIT ?`,
    bindings: [...Array(2).fill(customerIds ? JSON.stringify(customerIds) : null), limit],
  }
}

export type TierSync = { customer_id: string; tier_id: string | null; synced_tier_id: string | null }

/**
 * Marks the given moves as reflected in the groups, only where the row still is exactly as
 * read; returns the rows that this call marked (a concurrent evaluation's newer move stays pending).
 */
export function markSyncedStatement(syncs: TierSync[]): SqlStatement {
  return {
    sql: `
WITH synced AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb) AS s(customer_id text, tier_id text, synced_tier_id text)
)
UPDATE customer_tier ct SET synced_tier_id = s.tier_id, updated_at = now()
FROM synced s
WHERE ct.customer_id = s.customer_id AND ct.deleted_at IS NULL
  AND ct.tier_id IS NOT DISTINCT FROM s.tier_id AND ct.synced_tier_id IS NOT DISTINCT FROM s.synced_tier_id
RETURNING ct.customer_id, s.tier_id, s.synced_tier_id`,
    bindings: [JSON.stringify(syncs)],
  }
}
