import type { SqlStatement } from "./evaluation-sql"
import { type CustomerScope, scopePredicate } from "./scope-sql"

export type TierSync = { customer_id: string; tier_id: string | null; synced_tier_id: string | null }

/**
 * Where the next page of a group sync ends: the id of the `size`-th customer after `after` whose
 * groups are behind their tier (listed ones: `after` is ignored, they are one page), as `last`;
 * `customers` is how many were found (0: nothing to sync).
 */
export function syncPageEndStatement(after: string | null, size: number, customerIds: string[] | null): SqlStatement {
  const inScope = scopePredicate("customer_id", { customerIds, range: { after, upto: null } })
  return {
    sql: `SELECT COUNT(*)::int AS customers, MAX(customer_id) AS last FROM (
  SELECT customer_id FROM customer_tier WHERE ${UNSYNCED} AND ${inScope.sql} ORDER BY customer_id LIMIT ?
) s`,
    bindings: [...inScope.bindings, size],
  }
}

const UNSYNCED = "tier_id IS DISTINCT FROM synced_tier_id AND deleted_at IS NULL"

/**
 * Brings the customer groups of the scope's customers whose tier moved in line with their tier,
 * and marks those moves synced, in one statement (`groupMovesCtes`). Returns the moves it marked,
 * with the tier synced before (for `membership.tier_changed`). Every table is read over the
 * scope's slice only (a page: a range of customer ids from `syncPageEndStatement`). The marked
 * rows stay locked until the groups are written, so a tier that moves meanwhile stays pending for
 * the next sync, never marked with stale groups.
 */
export function syncTierGroupsStatement(scope: CustomerScope): SqlStatement {
  const picked = scopePredicate("customer_id", scope)
  const tiers = scopePredicate("ct.customer_id", scope)
  const moves = groupMovesCtes("marked", scope)
  return {
    sql: `
WITH picked AS (
  SELECT id, synced_tier_id FROM customer_tier WHERE ${UNSYNCED} AND ${picked.sql}
  FOR UPDATE
),
marked AS (
  UPDATE customer_tier ct SET synced_tier_id = ct.tier_id, updated_at = now()
  FROM picked p WHERE ct.id = p.id AND ${tiers.sql}
  RETURNING ct.customer_id, ct.tier_id, p.synced_tier_id
),
${moves.sql}
SELECT customer_id, tier_id, synced_tier_id FROM marked`,
    bindings: [...picked.bindings, ...tiers.bindings, ...moves.bindings],
  }
}

/**
 * CTEs that move the customers of `source` (a CTE of `customer_id`, `tier_id`) into their tier's
 * customer group and out of every other tier's (deleted tiers' too), reading the scope's slice of
 * each table. Deleted customers' groups are left alone.
 *
 * They write Medusa's `customer_group_customer` directly, on purpose: the customer module's
 * `addCustomerToGroup` creates one ORM entity per pair and `removeCustomerFromGroup` looks the
 * pairs up with one `$or` clause per pair, minutes for the hundreds of thousands of moves a
 * nightly re-evaluation of a million members makes. The rows are what that module writes (a
 * `cusgc_` id, hard deletes; the table has no unique pair, hence NOT EXISTS) and those methods
 * emit no events. Two group writes for one customer must not run at once (each sees only what
 * was committed when it began): callers hold Medusa's lock on group syncs.
 */
export function groupMovesCtes(source: string, scope: CustomerScope): SqlStatement {
  const customers = scopePredicate("c.id", scope)
  const removed = scopePredicate("g.customer_id", scope)
  return {
    sql: `managed AS (SELECT DISTINCT customer_group_id FROM membership_tier WHERE customer_group_id IS NOT NULL),
targets AS (
  SELECT m.customer_id, t.customer_group_id AS group_id
  FROM ${source} m
  JOIN customer c ON c.id = m.customer_id AND c.deleted_at IS NULL AND ${customers.sql}
  LEFT JOIN membership_tier t ON t.id = m.tier_id
),
removed AS (
  DELETE FROM customer_group_customer g USING targets x
  WHERE g.customer_id = x.customer_id AND g.deleted_at IS NULL AND ${removed.sql}
    AND g.customer_group_id IN (SELECT customer_group_id FROM managed)
    AND g.customer_group_id IS DISTINCT FROM x.group_id
),
added AS (
  INSERT INTO customer_group_customer (id, customer_id, customer_group_id)
  SELECT 'cusgc_' || replace(gen_random_uuid()::text, '-', ''), x.customer_id, x.group_id
  FROM targets x
  JOIN customer_group cg ON cg.id = x.group_id AND cg.deleted_at IS NULL
  WHERE NOT EXISTS (
    SELECT 1 FROM customer_group_customer g WHERE g.customer_id = x.customer_id AND g.customer_group_id = x.group_id AND g.deleted_at IS NULL
  )
)`,
    bindings: [...customers.bindings, ...removed.bindings],
  }
}
