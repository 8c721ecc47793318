import http from "http"
import axios, { type AxiosInstance } from "axios"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../src/modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../src/modules/partner"
import { storeHeaders } from "../integration-tests/helpers/auth"
import { registerCustomer } from "../integration-tests/helpers/customer"
import { type MedusaInstance, startMedusaInstance } from "../integration-tests/helpers/medusa-instance"
import { pool } from "./support/pool"
import { buildProductionApp } from "./support/production-app"
import { percentile, table } from "./support/report"
import { STATEMENT_COUNTER, settledStatementCount, statementTotals } from "./support/statements"

jest.setTimeout(1_800_000)

/** Requests of each kind, timed at `CONCURRENCY` in `ROUNDS` rounds that take turns. */
const REQUESTS = Number(process.env.PARTNER_BENCH_REQUESTS ?? 300)
const CONCURRENCY = Number(process.env.PARTNER_BENCH_CONCURRENCY ?? 16)
const ROUNDS = Number(process.env.PARTNER_BENCH_ROUNDS ?? 6)
const WARMUP = Number(process.env.PARTNER_BENCH_WARMUP ?? 48)
/** Calls of each kind one at a time, whose statements are counted. */
const COUNTED = Number(process.env.PARTNER_BENCH_COUNTED ?? 10)
/** Codes raced by `RACERS` redemptions at once, each with its own key: one of them redeems. */
const RACED = 16
const RACERS = 4
/** Codes the lookups cycle through. */
const LOOKUP_CODES = 64

/** Issue 17, goal 4. */
const GOAL_RATIO = 1.5

type Kind = "lookup" | "redeem" | "customers/me"
const KINDS: Kind[] = ["lookup", "redeem", "customers/me"]
type Sample = { ms: number[]; seconds: number }

/**
 * The partner API in production mode (`medusa build`, then `medusa start` with
 * `NODE_ENV=production`) against Medusa's own `GET /store/customers/me` on the same server
 * (issue 17, goal 4): lookups, redemptions (each of another code) and the signed-in customer's
 * account at concurrency 16, in rounds that take turns; req/s and p50/p95/p99, and the statements
 * and transactions of one call of each. No timing assertions; every answer is checked, and each
 * code is redeemed exactly once however many redemptions race for it.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbConfig }) => {
    it(`answers ${REQUESTS} partner lookups, redemptions and customers/me at concurrency ${CONCURRENCY}`, async () => {
      const container = getContainer()
      const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
      const membership = container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE)

      // A partner, its key, a pool benefit, and a code claimed by a member for each redemption and lookup.
      const partner = await partners.createPartners({ name: "Bench Partner" })
      const { key } = await partners.createApiKey({ partner_id: partner.id, name: "bench" })
      const benefit = (await membership.createMembershipBenefits({
        name: "Bench partner month",
        type: "partner",
        config: { partner_id: partner.id, entitlement: "ever", code_source: "pool", code_valid_days: null, low_stock_threshold: 0, void_window_hours: 72 },
        plan_ids: [],
        tier_ids: [],
      } as never)) as unknown as { id: string }
      const redemptions = WARMUP + REQUESTS + COUNTED + RACED
      const codeCount = redemptions + LOOKUP_CODES
      const csv = ["code", ...Array.from({ length: codeCount }, (_, i) => `BENCH-${String(i).padStart(6, "0")}`)].join("\n")
      await partners.importPartnerCodes({ partner_id: partner.id, benefit_id: benefit.id, csv })
      const claims = await pool(
        Array.from({ length: codeCount }, (_, i) => () =>
          partners.claimPartnerCode({
            partner_id: partner.id,
            benefit_id: benefit.id,
            customer_id: `cus_bench_${i}`,
            entitlement_key: "ever",
            claim_key: `bench:${i}`,
            source: "pool",
          })
        ),
        8
      )
      const codes = claims.map((claim) => {
        if (claim.status === "rejected") {
          throw claim.reason
        }
        return claim.value.code.code
      })
      const toRedeem = codes.slice(0, redemptions)
      const toLookUp = codes.slice(redemptions)
      const { headers: storefront } = await storeHeaders(container)
      const shopper = await registerCustomer(api, storefront["x-publishable-api-key"], { email: "bench-shopper@example.com" })

      const app = await buildProductionApp()
      let server: MedusaInstance | undefined
      try {
        // Rate limits are on, at a ceiling the bench does not reach (the module's documented setting).
        server = await startMedusaInstance(
          dbConfig.clientUrl,
          { PARTNER_RATE_LIMIT_PER_MINUTE: "1000000", MEDUSA_DISABLE_ADMIN: "true" },
          { builtServerDir: app.serverDir, preload: [STATEMENT_COUNTER] }
        )
        const instance = server
        const client: AxiosInstance = axios.create({
          baseURL: instance.url,
          httpAgent: new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY }),
          validateStatus: () => true,
        })
        const partnerAuth = { authorization: `Bearer ${key}` }
        let redeemed = 0
        let looked = 0
        const call: Record<Kind, () => Promise<number>> = {
          lookup: async () => {
            const code = toLookUp[looked++ % toLookUp.length]
            const { status, data } = await client.get(`/partners/v1/codes/${encodeURIComponent(code)}`, { headers: partnerAuth })
            expect([status, data.code?.status]).toEqual([200, "assigned"])
            return status
          },
          redeem: async () => {
            const index = redeemed++
            const { status, data } = await client.post(`/partners/v1/codes/${encodeURIComponent(toRedeem[index])}/redeem`, undefined, {
              headers: { ...partnerAuth, "idempotency-key": `bench-redeem-${index}` },
            })
            expect([status, data.code?.status]).toEqual([200, "redeemed"])
            return status
          },
          "customers/me": async () => {
            const { status, data } = await client.get("/store/customers/me", { headers: shopper.headers })
            expect([status, data.customer?.id]).toEqual([200, shopper.customerId])
            return status
          },
        }
        const timedCall = async (kind: Kind) => {
          const started = performance.now()
          await call[kind]()
          return performance.now() - started
        }
        const runAtConcurrency = async (kind: Kind, count: number) => {
          const started = performance.now()
          const results = await pool(Array.from({ length: count }, () => () => timedCall(kind)), CONCURRENCY)
          const seconds = (performance.now() - started) / 1000
          const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected")
          if (failed) {
            throw failed.reason
          }
          return { ms: results.map((result) => (result as PromiseFulfilledResult<number>).value), seconds }
        }

        for (const kind of KINDS) {
          await runAtConcurrency(kind, WARMUP)
        }

        // Statements and transactions of one call of each kind, one at a time, the server otherwise quiet.
        const perCall: Record<Kind, { statements: number[]; transactions: number[] }> = {
          lookup: { statements: [], transactions: [] },
          redeem: { statements: [], transactions: [] },
          "customers/me": { statements: [], transactions: [] },
        }
        await settledStatementCount(instance)
        for (let i = 0; i < COUNTED; i++) {
          for (const kind of KINDS) {
            const before = await statementTotals(instance)
            await call[kind]()
            await settledStatementCount(instance, { quietMs: 150 })
            const after = await statementTotals(instance)
            perCall[kind].statements.push(after.statements - before.statements)
            perCall[kind].transactions.push(after.transactions - before.transactions)
          }
        }

        // The timed rounds: each kind in turn, the order rotating, a slice of each per round.
        const samples: Record<Kind, Sample> = { lookup: { ms: [], seconds: 0 }, redeem: { ms: [], seconds: 0 }, "customers/me": { ms: [], seconds: 0 } }
        for (let round = 0; round < ROUNDS; round++) {
          const count = Math.floor(((round + 1) * REQUESTS) / ROUNDS) - Math.floor((round * REQUESTS) / ROUNDS)
          for (let k = 0; k < KINDS.length; k++) {
            const kind = KINDS[(round + k) % KINDS.length]
            const run = await runAtConcurrency(kind, count)
            samples[kind].ms.push(...run.ms)
            samples[kind].seconds += run.seconds
          }
        }

        // Races: each code redeemed by several keys at once; exactly one redemption succeeds per code.
        const raced = toRedeem.slice(redeemed, redeemed + RACED)
        const raceAnswers = await pool(
          raced.flatMap((code, c) =>
            Array.from({ length: RACERS }, (_, r) => () =>
              client
                .post(`/partners/v1/codes/${encodeURIComponent(code)}/redeem`, undefined, { headers: { ...partnerAuth, "idempotency-key": `bench-race-${c}-${r}` } })
                .then(({ status, data }) => ({ code, status, type: data.type }))
            )
          ),
          CONCURRENCY
        )
        const answers = raceAnswers.map((answer) => (answer as PromiseFulfilledResult<{ code: string; status: number; type?: string }>).value)
        for (const code of raced) {
          const mine = answers.filter((answer) => answer.code === code)
          expect(mine.filter((answer) => answer.status === 200)).toHaveLength(1)
          expect(mine.filter((answer) => answer.status === 409 && answer.type === "already_redeemed")).toHaveLength(RACERS - 1)
        }
        // A replayed key answers the same; another key for a redeemed code is refused.
        const first = toRedeem[0]
        const replay = await client.post(`/partners/v1/codes/${encodeURIComponent(first)}/redeem`, undefined, {
          headers: { ...partnerAuth, "idempotency-key": "bench-redeem-0" },
        })
        expect([replay.status, replay.data.code?.status]).toEqual([200, "redeemed"])
        const again = await client.post(`/partners/v1/codes/${encodeURIComponent(first)}/redeem`, undefined, {
          headers: { ...partnerAuth, "idempotency-key": "bench-redeem-again" },
        })
        expect([again.status, again.data.type]).toEqual([409, "already_redeemed"])
        const counts = await partners.codeCounts([benefit.id])
        expect(counts[benefit.id]).toMatchObject({ redeemed: redeemed + RACED, assigned: codeCount - redeemed - RACED })

        const perSecond = (kind: Kind) => samples[kind].ms.length / samples[kind].seconds
        const me = { perSecond: perSecond("customers/me"), p95: percentile(samples["customers/me"].ms, 95) }
        const median = (values: number[]) => percentile(values, 50)
        const rows = KINDS.map((kind) => [
          kind,
          String(samples[kind].ms.length),
          perSecond(kind).toFixed(0),
          `${(perSecond(kind) / me.perSecond).toFixed(2)}×`,
          ...[50, 95, 99].map((p) => percentile(samples[kind].ms, p).toFixed(1)),
          String(median(perCall[kind].statements)),
          String(median(perCall[kind].transactions)),
        ])
        const goal = (label: string, target: string, measured: string, met: boolean) => [label, target, measured, met ? "met" : "not met"]
        const redeemP95 = percentile(samples.redeem.ms, 95)
        process.stdout.write(
          [
            "",
            `partner API against GET /store/customers/me, one production server (medusa build + medusa start), Postgres ${process.env.DB_HOST}:`,
            `${REQUESTS} requests of each kind at concurrency ${CONCURRENCY}, in ${ROUNDS} rounds taking turns, after ${WARMUP} warm-up requests each;`,
            `statements and transactions (BEGIN): median of ${COUNTED} calls one at a time.`,
            table([["call", "requests", "req/s", "vs me", "p50 ms", "p95 ms", "p99 ms", "statements", "transactions"], ...rows]),
            table([
              ["goal (issue 17)", "target", "measured", ""],
              goal("lookups req/s", `≥ ${GOAL_RATIO}× customers/me`, `${(perSecond("lookup") / me.perSecond).toFixed(2)}×`, perSecond("lookup") >= GOAL_RATIO * me.perSecond),
              goal("redemptions req/s", `≥ ${GOAL_RATIO}× customers/me`, `${(perSecond("redeem") / me.perSecond).toFixed(2)}×`, perSecond("redeem") >= GOAL_RATIO * me.perSecond),
              goal("redemption p95", `≤ customers/me p95 (${me.p95.toFixed(1)} ms)`, `${redeemP95.toFixed(1)} ms`, redeemP95 <= me.p95),
            ]),
            `races: ${RACED} codes × ${RACERS} redemptions at once, each with its own key: one 200 and ${RACERS - 1} × 409 already_redeemed per code.`,
            "",
          ].join("\n\n")
        )
      } finally {
        await server?.stop()
        app.remove()
      }
    })
  },
})
