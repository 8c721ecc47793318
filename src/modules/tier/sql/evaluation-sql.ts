import type { TierMode } from "../models/tier-program"

/** A tier as evaluation sees it: a saved tier, or a proposed one in a preview. */
export type TierRule = { id: string; rank: number; threshold: number; rfm_min_spend: number; rfm_min_orders: number }

/** A tier as stored: its rule, how it shows, and the customer group mirroring it. */
export type SavedTier = TierRule & {
  name: string
  badge_label: string | null
  badge_color: string | null
  badge_icon: string | null
  description: string | null
  customer_group_id: string | null
}

export type EvaluationParams = {
  now: Date
  mode: TierMode
  /** Growth, spend and orders count from this instant; null = lifetime. */
  cutoff: Date | null
  /** Whether a member whose qualification fell may move down (scheduled policy, outside protection). */
  mayDowngrade: boolean
  protectionDays: number
  tiers: TierRule[]
  /** The customers to evaluate; null = every customer with growth or a tier. */
  customerIds: string[] | null
}

export type SqlStatement = { sql: string; bindings: unknown[] }

const SCOPE_ALL = `
  SELECT customer_id FROM growth_entry WHERE deleted_at IS NULL
  UNION SELECT customer_id FROM customer_tier WHERE deleted_at IS NULL`
const SCOPE_LISTED = `SELECT jsonb_array_elements_text(?::jsonb) AS customer_id`

/**
 * The shared head of a preview and an evaluation: for each customer in scope, their growth,
 * spend and orders in the window (expiry entries never count: the window does it), the highest
 * tier they qualify for, and where the program's policy moves them (`moved`: current and new
 * tier, direction). Upgrades always apply; downgrades only when allowed and out of protection;
 * a member whose tier no longer exists takes the tier they qualify for.
 */
function movedCte(params: EvaluationParams): SqlStatement {
  const sql = `
WITH params AS (
  SELECT ?::timestamptz AS now, ?::timestamptz AS cutoff, ?::text AS mode, ?::boolean AS may_downgrade, ?::int AS protection_days
),
tiers AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb) AS t(id text, rank int, threshold numeric, rfm_min_spend numeric, rfm_min_orders numeric)
),
scope AS (${params.customerIds ? SCOPE_LISTED : SCOPE_ALL}),
metrics AS (
  SELECT s.customer_id,
    COALESCE(SUM(g.amount) FILTER (WHERE g.reason <> 'expiry' AND (p.cutoff IS NULL OR g.counts_at >= p.cutoff)), 0) AS growth,
    COALESCE(SUM(g.spend_value) FILTER (WHERE p.cutoff IS NULL OR g.counts_at >= p.cutoff), 0) AS spend,
    COALESCE(SUM(g.order_count) FILTER (WHERE p.cutoff IS NULL OR g.counts_at >= p.cutoff), 0) AS orders
  FROM scope s
  CROSS JOIN params p
  LEFT JOIN growth_entry g ON g.customer_id = s.customer_id AND g.deleted_at IS NULL
  GROUP BY s.customer_id
),
qualified AS (
  SELECT m.customer_id, (
    SELECT t.id FROM tiers t, params p
    WHERE CASE WHEN p.mode = 'rfm' THEN m.spend >= t.rfm_min_spend AND m.orders >= t.rfm_min_orders ELSE m.growth >= t.threshold END
    ORDER BY t.rank DESC LIMIT 1
  ) AS tier_id
  FROM metrics m
),
decided AS (
  SELECT q.customer_id, ct.tier_id AS current_tier_id, COALESCE(cur.rank, saved.rank, 0) AS old_rank,
    CASE
      WHEN ct.tier_id IS NOT NULL AND cur.id IS NULL THEN q.tier_id
      WHEN COALESCE(qt.rank, 0) > COALESCE(cur.rank, 0) THEN q.tier_id
      WHEN COALESCE(qt.rank, 0) < COALESCE(cur.rank, 0) AND p.may_downgrade
        AND (ct.protected_until IS NULL OR ct.protected_until <= p.now) THEN q.tier_id
      ELSE ct.tier_id
    END AS new_tier_id
  FROM qualified q
  CROSS JOIN params p
  LEFT JOIN customer_tier ct ON ct.customer_id = q.customer_id AND ct.deleted_at IS NULL
  LEFT JOIN tiers cur ON cur.id = ct.tier_id
  LEFT JOIN membership_tier saved ON saved.id = ct.tier_id
  LEFT JOIN tiers qt ON qt.id = q.tier_id
),
moved AS (
  SELECT d.*, CASE
      WHEN d.new_tier_id IS NOT DISTINCT FROM d.current_tier_id THEN 'stay'
      WHEN COALESCE(nt.rank, 0) > d.old_rank THEN 'up'
      ELSE 'down'
    END AS direction
  FROM decided d
  LEFT JOIN tiers nt ON nt.id = d.new_tier_id
)`
  const bindings: unknown[] = [
    params.now.toISOString(),
    params.cutoff?.toISOString() ?? null,
    params.mode,
    params.mayDowngrade,
    params.protectionDays,
    JSON.stringify(params.tiers),
  ]
  if (params.customerIds) {
    bindings.push(JSON.stringify(params.customerIds))
  }
  return { sql, bindings }
}

/** Counts per direction, and members per tier before and after; writes nothing. */
export function previewStatement(params: EvaluationParams): SqlStatement {
  const head = movedCte(params)
  return {
    sql: `${head.sql}
SELECT 'direction' AS kind, direction AS key, COUNT(*)::int AS members FROM moved GROUP BY direction
UNION ALL SELECT 'before', current_tier_id, COUNT(*)::int FROM moved GROUP BY current_tier_id
UNION ALL SELECT 'after', new_tier_id, COUNT(*)::int FROM moved GROUP BY new_tier_id`,
    bindings: head.bindings,
  }
}

/**
 * Moves every customer in scope whose tier changes (one upsert), stamping when they reached it
 * and the tier they leave, on the way up, protecting them from downgrades for the program's protection days.
 * Returns the same direction counts a preview gives, and who moved.
 */
export function evaluateStatement(params: EvaluationParams): SqlStatement {
  const head = movedCte(params)
  return {
    sql: `${head.sql},
written AS (
  INSERT INTO customer_tier (id, customer_id, tier_id, achieved_at, protected_until, evaluated_at)
  SELECT 'ctier_' || replace(gen_random_uuid()::text, '-', ''), m.customer_id, m.new_tier_id, p.now,
    CASE WHEN m.direction = 'up' AND p.protection_days > 0 THEN p.now + make_interval(days => p.protection_days) END, p.now
  FROM moved m CROSS JOIN params p
  WHERE m.direction <> 'stay'
  ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET
    previous_tier_id = customer_tier.tier_id,
    tier_id = EXCLUDED.tier_id,
    achieved_at = EXCLUDED.achieved_at,
    protected_until = COALESCE(EXCLUDED.protected_until, customer_tier.protected_until),
    evaluated_at = EXCLUDED.evaluated_at,
    updated_at = now()
  RETURNING customer_id
)
SELECT m.direction, COUNT(*)::int AS members, (SELECT COUNT(*)::int FROM written) AS written
FROM moved m GROUP BY m.direction`,
    bindings: head.bindings,
  }
}

/**
 * Writes, per customer, the `expiry` entry that makes their ledger balance equal their growth
 * inside the window: everything that counted before `cutoff` and has not yet expired (a
 * negative amount; positive when the window grew and expired growth comes back). Keyed by
 * customer and day, so reruns on the same day write nothing.
 */
export function expiryStatement(input: { now: Date; cutoff: Date | null; day: string; customerIds: string[] | null }): SqlStatement {
  const sql = `
WITH params AS (SELECT ?::timestamptz AS now, ?::timestamptz AS cutoff, ?::text AS day),
scope AS (${input.customerIds ? SCOPE_LISTED : "SELECT DISTINCT customer_id FROM growth_entry WHERE deleted_at IS NULL"}),
totals AS (
  SELECT g.customer_id,
    COALESCE(SUM(g.amount) FILTER (WHERE g.reason <> 'expiry' AND g.counts_at < p.cutoff), 0) AS due,
    -COALESCE(SUM(g.amount) FILTER (WHERE g.reason = 'expiry'), 0) AS done
  FROM growth_entry g
  JOIN scope s ON s.customer_id = g.customer_id
  CROSS JOIN params p
  WHERE g.deleted_at IS NULL
  GROUP BY g.customer_id
),
written AS (
  INSERT INTO growth_entry (id, customer_id, amount, reason, reference, order_count, actor, counts_at, idempotency_key)
  SELECT 'grow_' || replace(gen_random_uuid()::text, '-', ''), t.customer_id, (t.done - t.due), 'expiry', p.day, 0, 'system', p.now,
    'expiry:' || t.customer_id || ':' || p.day
  FROM totals t CROSS JOIN params p
  WHERE t.due <> t.done
  ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
  RETURNING id
)
SELECT COUNT(*)::int AS written FROM written`
  const bindings: unknown[] = [input.now.toISOString(), input.cutoff?.toISOString() ?? null, input.day]
  if (input.customerIds) {
    bindings.push(JSON.stringify(input.customerIds))
  }
  return { sql, bindings }
}

/** The next `limit` customers (by id, after `after`) with growth or a tier: one evaluation batch. */
export function batchStatement(after: string | null, limit: number): SqlStatement {
  return {
    sql: `SELECT customer_id FROM (${SCOPE_ALL}) s WHERE (?::text IS NULL OR customer_id > ?) ORDER BY customer_id LIMIT ?`,
    bindings: [after, after, limit],
  }
}

/** Transaction-scoped advisory locks on customers' tiers, taken in id order (no deadlocks). */
export function lockCustomersStatement(customerIds: string[]): SqlStatement {
  return {
    sql: `SELECT COUNT(pg_advisory_xact_lock(hashtext('membership-tier:' || id)))::int AS locked
FROM (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS id ORDER BY 1) ids`,
    bindings: [JSON.stringify(customerIds)],
  }
}
