import type { Knex } from "knex"
import type Redis from "ioredis"

/** The Redis keys Medusa's Redis locking provider holds (its default `medusa_lock:` prefix). */
export const heldLocks = (redis: Redis) => redis.keys("medusa_lock:*")

/** Events queued or being handled on Medusa's Redis event bus (BullMQ queue `RedisEventBusService:events-queue`). */
export async function eventsInFlight(redis: Redis) {
  const [waiting, active, delayed, prioritized] = await Promise.all([
    redis.llen("RedisEventBusService:events-queue:wait"),
    redis.llen("RedisEventBusService:events-queue:active"),
    redis.zcard("RedisEventBusService:events-queue:delayed"),
    redis.zcard("RedisEventBusService:events-queue:prioritized"),
  ])
  return waiting + active + delayed + prioritized
}

/** How many events were ever put on the bus (BullMQ's job id counter). */
export const eventsEmitted = async (redis: Redis) => Number((await redis.get("RedisEventBusService:events-queue:id")) ?? 0)

/** Succeeded renewal charges and renewal periods per membership, for `membershipIds`. */
export async function renewalsOf(pg: Knex, membershipIds: string[]) {
  const countPerMembership = async (table: string, where: Record<string, string>) => {
    const rows = (await pg(table)
      .select("membership_id")
      .count({ n: "*" })
      .whereIn("membership_id", membershipIds)
      .andWhere(where)
      .whereNull("deleted_at")
      .groupBy("membership_id")) as unknown as { membership_id: string; n: string | number }[]
    return Object.fromEntries(rows.map((row) => [row.membership_id, Number(row.n)]))
  }
  return {
    charges: await countPerMembership("membership_charge", { status: "succeeded" }),
    periods: await countPerMembership("membership_period", { source: "renewal" }),
  }
}

/** Orders whose payment was captured, with how many growth awards and points earnings each has. */
export async function paidOrderAwards(pg: Knex) {
  const { rows } = await pg.raw(`
    SELECT o.id,
      (SELECT count(*) FROM growth_entry g WHERE g.idempotency_key = 'order:' || o.id || ':award' AND g.deleted_at IS NULL)::int AS growth,
      (SELECT count(*) FROM points_transaction t WHERE t.idempotency_key = 'order:' || o.id || ':earn' AND t.deleted_at IS NULL)::int AS points
    FROM "order" o
    WHERE o.deleted_at IS NULL AND EXISTS (
      SELECT 1 FROM order_payment_collection opc JOIN payment p ON p.payment_collection_id = opc.payment_collection_id
      WHERE opc.order_id = o.id AND p.captured_at IS NOT NULL AND opc.deleted_at IS NULL)`)
  return rows as { id: string; growth: number; points: number }[]
}

/** Customers whose points ledger (transactions) does not sum to what their lots hold. */
export async function unbalancedPoints(pg: Knex) {
  const { rows } = await pg.raw(`
    SELECT c.customer_id, c.ledger, coalesce(l.lots, 0) AS lots FROM
      (SELECT customer_id, sum(amount)::int AS ledger FROM points_transaction WHERE deleted_at IS NULL GROUP BY customer_id) c
      LEFT JOIN (SELECT customer_id, sum(remaining)::int AS lots FROM points_lot WHERE deleted_at IS NULL GROUP BY customer_id) l
      ON l.customer_id = c.customer_id
    WHERE c.ledger <> coalesce(l.lots, 0)`)
  return rows as { customer_id: string; ledger: number; lots: number }[]
}

/** The sum of a customer's growth entries. */
export async function growthSum(pg: Knex, customerId: string) {
  const [row] = await pg("growth_entry").sum({ total: "amount" }).where({ customer_id: customerId }).whereNull("deleted_at")
  return Number(row.total ?? 0)
}

/** Events whose subscribers failed every attempt (BullMQ's failed set of the event bus queue). */
export const eventsFailed = (redis: Redis) => redis.zcard("RedisEventBusService:events-queue:failed")

/** Each membership's state and its charge attempts, to tell why one was not renewed. */
export async function renewalStates(pg: Knex, membershipIds: string[]) {
  const { rows } = await pg.raw(
    `SELECT m.id, m.status, m.failed_attempts, m.next_charge_at, m.current_period_end,
       (SELECT json_agg(json_build_object('attempt', c.attempt, 'status', c.status, 'cart_id', c.cart_id, 'order_id', c.order_id, 'error', c.error) ORDER BY c.created_at)
        FROM membership_charge c WHERE c.membership_id = m.id AND c.deleted_at IS NULL) AS charges
     FROM membership m WHERE m.id = ANY(?)`,
    [membershipIds]
  )
  return rows
}
