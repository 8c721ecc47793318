import type { TierMode } from "../models/tier-program"
import { groupMovesCtes } from "./group-sync-sql"
import { type CustomerScope, scopePredicate, scopeStanding } from "./scope-sql"

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

export type EvaluationParams = CustomerScope & {
  now: Date
  mode: TierMode
  /** Growth, spend and orders count from this instant; null = lifetime. */
  cutoff: Date | null
  /** Whether a member whose qualification fell may move down (scheduled policy, outside protection). */
  mayDowngrade: boolean
  protectionDays: number
  tiers: TierRule[]
}

export type SqlStatement = { sql: string; bindings: unknown[] }

/**
 * The shared head of a preview and an evaluation: for each customer in scope, their growth,
 * spend and orders in the window (expiry entries never count: the window does it), the highest
 * tier they qualify for, and where the program's policy moves them (`moved`: current and new
 * tier, direction). Upgrades always apply; downgrades only when allowed and out of protection;
 * a member whose tier no longer exists takes the tier they qualify for. The ledger is summed
 * per customer once (`totals`), over the scope's slice of it only, and joined to the scope's
 * tiers (`standing`): a customer with growth, a tier or both is in it once.
 */
function movedCte(params: EvaluationParams): SqlStatement {
  const standing = scopeStanding(params)
  const inTotals = scopePredicate("g.customer_id", params)
  const qualification = qualifiedTierExpression(params)
  const sql = `
WITH params AS (
  SELECT ?::timestamptz AS now, ?::timestamptz AS cutoff, ?::text AS mode, ?::boolean AS may_downgrade, ?::int AS protection_days
),
tiers AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb) AS t(id text, rank int, threshold numeric, rfm_min_spend numeric, rfm_min_orders numeric)
),
standing AS (${standing.sql}),
totals AS MATERIALIZED (
  SELECT g.customer_id,
    SUM(g.amount) FILTER (WHERE g.reason <> 'expiry' AND (p.cutoff IS NULL OR g.counts_at >= p.cutoff)) AS growth,
    SUM(g.spend_value) FILTER (WHERE p.cutoff IS NULL OR g.counts_at >= p.cutoff) AS spend,
    SUM(g.order_count) FILTER (WHERE p.cutoff IS NULL OR g.counts_at >= p.cutoff) AS orders,
    COALESCE(SUM(g.amount) FILTER (WHERE g.reason <> 'expiry' AND g.counts_at < p.cutoff), 0) AS expiry_due,
    -COALESCE(SUM(g.amount) FILTER (WHERE g.reason = 'expiry'), 0) AS expiry_done
  FROM growth_entry g CROSS JOIN params p
  WHERE g.deleted_at IS NULL AND ${inTotals.sql}
  GROUP BY g.customer_id
),
metrics AS (
  SELECT COALESCE(s.customer_id, t.customer_id) AS customer_id, s.tier_id AS current_tier_id, s.synced_tier_id, s.protected_until,
    COALESCE(t.growth, 0) AS growth, COALESCE(t.spend, 0) AS spend, COALESCE(t.orders, 0) AS orders
  FROM standing s FULL JOIN totals t ON t.customer_id = s.customer_id
),
qualified AS (
  SELECT m.customer_id, m.current_tier_id, m.synced_tier_id, m.protected_until, ${qualification.sql} FROM metrics m
),
decided AS (
  SELECT q.customer_id, q.current_tier_id, q.synced_tier_id, COALESCE(cur.rank, saved.rank, 0) AS old_rank,
    CASE
      WHEN q.current_tier_id IS NOT NULL AND cur.id IS NULL THEN q.tier_id
      WHEN COALESCE(q.rank, 0) > COALESCE(cur.rank, 0) THEN q.tier_id
      WHEN COALESCE(q.rank, 0) < COALESCE(cur.rank, 0) AND p.may_downgrade
        AND (q.protected_until IS NULL OR q.protected_until <= p.now) THEN q.tier_id
      ELSE q.current_tier_id
    END AS new_tier_id
  FROM qualified q
  CROSS JOIN params p
  LEFT JOIN tiers cur ON cur.id = q.current_tier_id
  LEFT JOIN membership_tier saved ON saved.id = q.current_tier_id
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
    ...standing.bindings,
    ...inTotals.bindings,
    ...qualification.bindings,
  ]
  return { sql, bindings }
}

/**
 * The highest tier a row of `metrics` (m) qualifies for, as `tier_id` and `rank` (null below
 * them all): CASEs over the tiers, highest rank first, written out from the rules (no lookup
 * per customer).
 */
function qualifiedTierExpression(params: EvaluationParams): SqlStatement {
  const tiers = [...params.tiers].sort((a, b) => b.rank - a.rank)
  if (!tiers.length) {
    return { sql: "NULL::text AS tier_id, NULL::int AS rank", bindings: [] }
  }
  const rfm = params.mode === "rfm"
  const condition = rfm ? "m.spend >= ?::numeric AND m.orders >= ?::numeric" : "m.growth >= ?::numeric"
  const rule = (tier: TierRule) => (rfm ? [tier.rfm_min_spend, tier.rfm_min_orders] : [tier.threshold])
  const cases = (type: string) => `CASE ${tiers.map(() => `WHEN ${condition} THEN ?::${type}`).join(" ")} END`
  return {
    sql: `${cases("text")} AS tier_id, ${cases("int")} AS rank`,
    bindings: [...tiers.flatMap((tier) => [...rule(tier), tier.id]), ...tiers.flatMap((tier) => [...rule(tier), tier.rank])],
  }
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

/** What a full re-evaluation's batch adds to an evaluation. */
export type BatchWork = {
  /**
   * Write, for this day, the expiry entry that makes each customer's ledger sum to their growth
   * inside the window: everything that counted before the cutoff and has not expired yet (positive
   * when the window grew and expired growth comes back). Counted in `expired`.
   */
  expiryDay?: string
  /**
   * Move the movers' customer groups and mark them synced in the same statement (see
   * `groupMovesCtes`), returning the moves as `[customer id, tier synced before, new tier]` in
   * `moves`. Only with Medusa's lock on group syncs held (no other group write runs beside it).
   */
  syncGroups?: boolean
}

/**
 * Moves every customer in scope whose tier changes (one upsert), stamping when they reached it
 * and the tier they leave, on the way up, protecting them from downgrades for the program's protection days.
 * Returns the same direction counts a preview gives, and who moved. A full re-evaluation's batch
 * also writes expiry and syncs groups (`BatchWork`) from the totals and moves it has anyway: it
 * reads each batch's ledger and writes each moved row once.
 */
export function evaluateStatement(params: EvaluationParams, work: BatchWork = {}): SqlStatement {
  const head = movedCte(params)
  const expiry = work.expiryDay ? `,\n${expiryInsertCte("expired", "totals")}` : ""
  const groups = work.syncGroups ? groupMovesCtes("written", params) : null
  const columns = [
    "(SELECT COUNT(*)::int FROM written) AS written",
    ...(work.expiryDay ? ["(SELECT COUNT(*)::int FROM expired) AS expired"] : []),
    ...(groups ? ["(SELECT json_agg(json_build_array(customer_id, synced_tier_id, new_tier_id)) FROM moved WHERE direction <> 'stay') AS moves"] : []),
  ]
  return {
    sql: `${head.sql},
written AS (
  INSERT INTO customer_tier (id, customer_id, tier_id, synced_tier_id, achieved_at, protected_until, evaluated_at)
  SELECT 'ctier_' || replace(gen_random_uuid()::text, '-', ''), m.customer_id, m.new_tier_id,
    CASE WHEN ?::boolean THEN m.new_tier_id END, p.now,
    CASE WHEN m.direction = 'up' AND p.protection_days > 0 THEN p.now + make_interval(days => p.protection_days) END, p.now
  FROM moved m CROSS JOIN params p
  WHERE m.direction <> 'stay'
  ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET
    previous_tier_id = customer_tier.tier_id,
    tier_id = EXCLUDED.tier_id,
    synced_tier_id = CASE WHEN ?::boolean THEN EXCLUDED.synced_tier_id ELSE customer_tier.synced_tier_id END,
    achieved_at = EXCLUDED.achieved_at,
    protected_until = COALESCE(EXCLUDED.protected_until, customer_tier.protected_until),
    evaluated_at = EXCLUDED.evaluated_at,
    updated_at = now()
  RETURNING customer_id, tier_id
)${expiry}${groups ? `,\n${groups.sql}` : ""}
SELECT m.direction, COUNT(*)::int AS members, ${columns.join(", ")}
FROM moved m GROUP BY m.direction`,
    bindings: [
      ...head.bindings,
      Boolean(work.syncGroups),
      Boolean(work.syncGroups),
      ...(work.expiryDay ? [work.expiryDay] : []),
      ...(groups?.bindings ?? []),
    ],
  }
}

/**
 * The insert of expiry entries from per-customer `expiry_due` (counted before the cutoff) and
 * `expiry_done` (expired already) in `totals`, with a `params` CTE holding `now`; the day comes
 * as the one binding. Keyed by customer and day, so reruns on the same day write nothing.
 */
function expiryInsertCte(name: string, totals: string): string {
  return `${name} AS (
  INSERT INTO growth_entry (id, customer_id, amount, reason, reference, order_count, actor, counts_at, idempotency_key)
  SELECT 'grow_' || replace(gen_random_uuid()::text, '-', ''), t.customer_id, (t.expiry_done - t.expiry_due), 'expiry', d.day, 0, 'system', p.now,
    'expiry:' || t.customer_id || ':' || d.day
  FROM ${totals} t CROSS JOIN params p CROSS JOIN (SELECT ?::text AS day) d
  WHERE t.expiry_due <> t.expiry_done
  ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
  RETURNING id
)`
}

/**
 * Where the next batch of a full re-evaluation ends: the id of the `size`-th customer with growth
 * after `after`, or null when fewer are left (the last batch, open-ended, so customers with a
 * tier and no growth past the last growth id are covered too).
 */
export function batchEndStatement(after: string | null, size: number): SqlStatement {
  const inScope = scopePredicate("customer_id", { customerIds: null, range: { after, upto: null } })
  return {
    sql: `SELECT COUNT(*)::int AS customers, MAX(customer_id) AS last FROM (
  SELECT DISTINCT customer_id FROM growth_entry WHERE deleted_at IS NULL AND ${inScope.sql} ORDER BY customer_id LIMIT ?
) s`,
    bindings: [...inScope.bindings, size],
  }
}

/**
 * Every evaluation holds the tier-evaluation advisory lock for its transaction: a batch of the
 * full re-evaluation exclusively, one of listed customers shared, plus a lock per customer
 * (in id order: no deadlocks). So an immediate evaluation and a batch run one after the other,
 * each reading what the other committed (otherwise the later commit could write a decision made
 * on stale growth), while immediate evaluations of different customers run side by side. A
 * batch takes one lock however many customers it covers.
 */
const EVALUATION_LOCK = `hashtext('membership-tier:*')`

export const lockAllCustomersStatement: SqlStatement = { sql: `SELECT pg_advisory_xact_lock(${EVALUATION_LOCK})`, bindings: [] }

export function lockCustomersStatements(customerIds: string[]): SqlStatement[] {
  return [
    { sql: `SELECT pg_advisory_xact_lock_shared(${EVALUATION_LOCK})`, bindings: [] },
    {
      sql: `SELECT COUNT(pg_advisory_xact_lock(hashtext('membership-tier:' || id)))::int AS locked
FROM (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS id ORDER BY 1) ids`,
      bindings: [JSON.stringify(customerIds)],
    },
  ]
}
