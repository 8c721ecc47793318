import { ContainerRegistrationKeys, generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { POINTS_MODULE, insertTransactionStatement, type PointsMovement, type PointsModuleService } from "../src/modules/points"
import { pool } from "./support/pool"

jest.setTimeout(1_800_000)

const CUSTOMERS = Number(process.env.POINTS_BENCH_CUSTOMERS ?? 50)
const MOVEMENTS = Number(process.env.POINTS_BENCH_MOVEMENTS ?? 20)
const CONCURRENCY = Number(process.env.POINTS_BENCH_CONCURRENCY ?? 16)
const HOT_SPENDS = Number(process.env.POINTS_BENCH_HOT_SPENDS ?? 200)
const ROUNDS = Number(process.env.POINTS_BENCH_ROUNDS ?? 5)

/** What each customer holds before the timed movements: enough for every spend in any order. */
const OPENING = 10_000
const EARN = 50
const SPEND = 20
const HOT_PRICE = 100
/** Issue 17's goal for movements at concurrency 16 over many accounts. */
const GOAL_PER_SECOND = 1000

/** `items` in `ROUNDS` consecutive slices. */
function slicesOf<T>(items: T[]): T[][] {
  return Array.from({ length: ROUNDS }, (_, round) => items.slice(Math.floor((round * items.length) / ROUNDS), Math.floor(((round + 1) * items.length) / ROUNDS)))
}

async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now()
  const result = await action()
  return { ms: performance.now() - start, result }
}

/**
 * What the points ledger costs per movement, against baselines in the same run: the same
 * number of plain inserts into `points_transaction` (what an append-only ledger without locks,
 * lots or idempotency would write) and the same movements posted one at a time. Then contention
 * on one account: many concurrent spends of one customer, which the account lock serializes;
 * exactly as many succeed as the balance covers and the balance ends exact.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it(`posts ${CUSTOMERS} customers × ${MOVEMENTS} movements and ${HOT_SPENDS} spends on one account`, async () => {
      const container = getContainer()
      const points = container.resolve<PointsModuleService>(POINTS_MODULE)
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const now = new Date()
      const total = CUSTOMERS * MOVEMENTS

      /** Customer ids of one run (the ledger needs no customer row); each opens with `OPENING`. */
      const openAccounts = async (run: string) => {
        const ids = Array.from({ length: CUSTOMERS }, (_, i) => `cus_bench_${run}_${i}`)
        await pool(
          ids.map((id) => () => points.postPoints({ customer_id: id, type: "adjust", amount: OPENING, idempotency_key: `bench:${id}:open`, now })),
          CONCURRENCY
        )
        return ids
      }
      /** Every customer's movements, interleaved across customers: mostly earns, every third a spend. */
      const movementsOf = (ids: string[]): PointsMovement[] =>
        Array.from({ length: MOVEMENTS }, (_, m) =>
          ids.map((id) => ({
            customer_id: id,
            type: m % 3 === 2 ? ("spend" as const) : ("earn" as const),
            amount: m % 3 === 2 ? -SPEND : EARN,
            idempotency_key: `bench:${id}:${m}`,
            now,
          }))
        ).flat()
      const expectedBalance = OPENING + Array.from({ length: MOVEMENTS }, (_, m) => (m % 3 === 2 ? -SPEND : EARN)).reduce((a, b) => a + b, 0)
      const assertBalances = async (ids: string[]) => {
        const balances = await Promise.all(ids.map((id) => points.pointsBalances(id, now)))
        expect(balances.map((balance) => balance.available)).toEqual(ids.map(() => expectedBalance))
      }

      await pg.raw("ANALYZE points_account, points_lot, points_transaction")

      // Baseline: the same number of rows inserted into the ledger table, as concurrently.
      const plainInserts = Array.from({ length: total }, (_, i) => () => {
        const statement = insertTransactionStatement({
          id: generateEntityId(undefined, "ptx"),
          customer_id: `cus_bench_plain_${i % CUSTOMERS}`,
          type: "earn",
          amount: EARN,
          lots: [],
          order_id: null,
          cart_id: null,
          reference: null,
          note: null,
          actor: "bench",
          idempotency_key: `bench:plain:${i}`,
          metadata: null,
        })
        return pg.raw(statement.sql, statement.bindings as never[])
      })
      const sequentialIds = await openAccounts("seq")
      const concurrentIds = await openAccounts("conc")
      const post = (movements: PointsMovement[]) => movements.map((movement) => () => points.postPoints(movement))

      // The three measures take turns, a slice of each per round, so that a load that comes and goes
      // on a shared machine weighs on each alike. Slices keep each customer's movements in order.
      const measured = { baseline: 0, sequential: 0, concurrent: 0 }
      const slices = [slicesOf(plainInserts), slicesOf(post(movementsOf(sequentialIds))), slicesOf(post(movementsOf(concurrentIds)))]
      for (let round = 0; round < ROUNDS; round++) {
        for (const [name, tasks, limit] of [
          ["baseline", slices[0][round], CONCURRENCY],
          ["sequential", slices[1][round], 1],
          ["concurrent", slices[2][round], CONCURRENCY],
        ] as const) {
          const run = await timed(() => pool<unknown>([...tasks], limit))
          expect(run.result.filter((result) => result.status === "rejected")).toEqual([])
          measured[name] += run.ms
        }
      }
      await assertBalances(sequentialIds)
      await assertBalances(concurrentIds)
      const baseline = { ms: measured.baseline }
      const sequential = { ms: measured.sequential }
      const concurrent = { ms: measured.concurrent }

      // A replay of every key writes nothing.
      const replayed = await timed(() => pool(movementsOf(concurrentIds).map((movement) => () => points.postPoints(movement)), CONCURRENCY))
      expect(replayed.result.every((result) => result.status === "fulfilled" && !result.value.created)).toBe(true)
      await assertBalances(concurrentIds)

      // One account, many spends at once: its balance, in lots of two spends each, covers half.
      const hot = "cus_bench_hot"
      const covered = Math.floor(HOT_SPENDS / 2)
      for (let lot = 0; lot < Math.ceil(covered / 2); lot++) {
        const amount = HOT_PRICE * Math.min(2, covered - lot * 2)
        await points.postPoints({ customer_id: hot, type: "adjust", amount, idempotency_key: `bench:hot:lot:${lot}`, now })
      }
      const contended = await timed(() =>
        pool(
          Array.from({ length: HOT_SPENDS }, (_, i) => () =>
            points.postPoints({ customer_id: hot, type: "spend", amount: -HOT_PRICE, idempotency_key: `bench:hot:spend:${i}`, now })
          ),
          HOT_SPENDS
        )
      )
      const succeeded = contended.result.filter((result) => result.status === "fulfilled").length
      const refusals = contended.result.filter((result): result is PromiseRejectedResult => result.status === "rejected")
      expect(succeeded).toBe(covered)
      for (const refusal of refusals) {
        expect(refusal.reason).toMatchObject({ type: MedusaError.Types.NOT_ALLOWED, message: expect.stringMatching(/^Not enough points/) })
      }
      expect((await points.pointsBalances(hot, now)).available).toBe(0)
      const lots = await points.listPointsLots({ customer_id: hot }, { take: null })
      expect(lots.every((lot) => Number(lot.remaining) === 0)).toBe(true)
      expect(await points.listAndCountPointsTransactions({ customer_id: hot, type: "spend" }).then(([, count]) => count)).toBe(covered)

      const perSecond = (count: number, ms: number) => (count / (ms / 1000)).toFixed(0)
      const row = (label: string, count: number, ms: number, ratio = "") =>
        `  ${label.padEnd(52)} ${Math.round(ms).toString().padStart(7)} ms  ${perSecond(count, ms).padStart(6)} /s  ${ratio}`
      process.stdout.write(
        [
          "",
          `points ledger (${CUSTOMERS} customers × ${MOVEMENTS} movements, concurrency ${CONCURRENCY}, Postgres ${process.env.DB_HOST}):`,
          row(`baseline: ${total} plain inserts into points_transaction`, total, baseline.ms),
          row(`postPoints one at a time`, total, sequential.ms, `ratio to baseline ${(sequential.ms / baseline.ms).toFixed(2)}`),
          row(
            `postPoints, ${CONCURRENCY} at once`,
            total,
            concurrent.ms,
            `ratio to baseline ${(concurrent.ms / baseline.ms).toFixed(2)}, to one at a time ${(concurrent.ms / sequential.ms).toFixed(2)}; goal ≥ ${GOAL_PER_SECOND}/s ${total / (concurrent.ms / 1000) >= GOAL_PER_SECOND ? "met" : "NOT met"}`
          ),
          row(`the same keys again (answered, nothing written)`, total, replayed.ms, `ratio to baseline ${(replayed.ms / baseline.ms).toFixed(2)}`),
          row(`${HOT_SPENDS} spends at once on one account (${covered} covered)`, HOT_SPENDS, contended.ms, `throughput ratio to ${CONCURRENCY} accounts at once ${(HOT_SPENDS / contended.ms / (total / concurrent.ms)).toFixed(2)}`),
          "",
        ].join("\n")
      )
    })
  },
})
