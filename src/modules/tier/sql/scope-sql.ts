import type { SqlStatement } from "./evaluation-sql"

/** Customers with ids in (`after`, `upto`]; null leaves that side open. A full re-evaluation's batch. */
export type IdRange = { after: string | null; upto: string | null }

/** Whom a statement covers: the listed customers, a range of ids, or (both null) every customer. */
export type CustomerScope = { customerIds: string[] | null; range?: IdRange | null }

/**
 * A predicate on `column` that keeps the scope's customers. A range becomes plain comparisons in
 * the statement's text, so Postgres scans only that slice of each customer index.
 */
export function scopePredicate(column: string, scope: CustomerScope): SqlStatement {
  if (scope.customerIds) {
    return { sql: `${column} IN (SELECT jsonb_array_elements_text(?::jsonb))`, bindings: [JSON.stringify(scope.customerIds)] }
  }
  const parts: string[] = []
  const bindings: unknown[] = []
  if (scope.range?.after != null) {
    parts.push(`${column} > ?`)
    bindings.push(scope.range.after)
  }
  if (scope.range?.upto != null) {
    parts.push(`${column} <= ?`)
    bindings.push(scope.range.upto)
  }
  return { sql: parts.length ? parts.join(" AND ") : "TRUE", bindings }
}

/**
 * The scope's customers with their current tier row (`customer_id`, `tier_id`,
 * `synced_tier_id`, `protected_until`): every listed customer (tier or not), else every customer in the range
 * with a tier. Those with growth only join in from the ledger.
 */
export function scopeStanding(scope: CustomerScope): SqlStatement {
  if (scope.customerIds) {
    return {
      sql: `SELECT s.customer_id, ct.tier_id, ct.synced_tier_id, ct.protected_until FROM (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS customer_id) s
  LEFT JOIN customer_tier ct ON ct.customer_id = s.customer_id AND ct.deleted_at IS NULL`,
      bindings: [JSON.stringify(scope.customerIds)],
    }
  }
  const inScope = scopePredicate("customer_id", scope)
  return {
    sql: `SELECT customer_id, tier_id, synced_tier_id, protected_until FROM customer_tier WHERE deleted_at IS NULL AND ${inScope.sql}`,
    bindings: inScope.bindings,
  }
}
