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
