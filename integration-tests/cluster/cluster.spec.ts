import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import axios from "axios"
import Redis from "ioredis"
import type { Knex } from "knex"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../src/modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../src/modules/tier"
import { completeCart } from "../helpers/checkout"
import { type MedusaInstance, startMedusaInstance } from "../helpers/medusa-instance"
import { joinAtCheckout } from "../journeys/join-at-checkout"
import { memberCheckout } from "../journeys/member-checkout"
import { eventually, explainFailures, type JourneyContext } from "../journeys/support/context"
import { discoverDemo } from "../journeys/support/demo"
import { seededDemoContext } from "../journeys/support/harness"
import { newShopper, storefrontCart } from "../journeys/support/shopper"
import { eventsEmitted, eventsInFlight, growthSum, heldLocks, paidOrderAwards, renewalStates, renewalsOf, unbalancedPoints } from "./cluster-state"

jest.setTimeout(600_000)

// This spec's own Redis database, emptied before it starts; CI has Redis on 127.0.0.1:6379.
const REDIS_URL = process.env.CLUSTER_REDIS_URL || "redis://127.0.0.1:6379/7"
// The spec's own app (`api`) is the first server: the root config on Redis, serving only HTTP.
process.env.REDIS_URL = REDIS_URL
process.env.MEDUSA_WORKER_MODE = "server"

const EVERY_TWO_SECONDS = "*/2 * * * * *"
const schedules = Object.fromEntries(
  ["MEMBERSHIP_RENEWALS", "MEMBERSHIP_TIER_REEVALUATION", "POINTS_UNLOCK", "POINTS_EXPIRY", "MEMBERSHIP_COUPON_DROPS"].map((name) => [
    `MEMBERSHIP_JOB_SCHEDULE_${name}`,
    EVERY_TWO_SECONDS,
  ])
)
const DUE_EXTRA_MEMBERS = 12
const REEVALUATED_CUSTOMERS = 3000
const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS

const redis = new Redis(REDIS_URL, { lazyConnect: true })
beforeAll(async () => {
  await redis.connect()
  await redis.flushdb()
})
afterAll(() => redis.quit())

/**
 * The deployment of docs/deploying.md: two servers (this spec's app and a child process) and a
 * worker on one Postgres and one Redis. Shoppers run journeys against both servers while the
 * worker runs every job every two seconds; the worker is killed (SIGKILL) in the middle of a
 * renewal run and of a tier re-evaluation and restarted, and a server is killed mid-checkout and
 * restarted (its cut checkouts retried on the other).
 * Then: every due membership charged once for its period, every paid order's growth and points
 * awarded once, no lock held, every points ledger summing to its lots and growth to its total.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbConfig }) => {
    it("servers and a worker on Redis survive killed processes with every ledger written once", async () => {
      const started = Date.now()
      const figures = { journeys: 0, checkoutsCut: 0, kills: [] as string[], phases: [] as string[] }
      const phaseDone = (name: string) => figures.phases.push(`${name} ${Math.round((Date.now() - started) / 1000)} s`)
      // Subscribers run on the worker: the merchant acts once the bus is idle, as the journeys expect
      // (e.g. an order's benefit usage recorded before its capture), and the journey goes on once
      // the worker has handled what the action emitted.
      const busIdle = () => eventually(async () => expect(await eventsInFlight(redis)).toBe(0), 60_000)
      const settled = async <T>(_event: string, action: () => Promise<T>) => {
        await busIdle()
        const result = await action()
        await busIdle()
        return result
      }
      const pg: Knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const instanceEnv = { ...schedules, REDIS_URL, LOG_LEVEL: "info" }
      const startWorker = () => startMedusaInstance(dbConfig.clientUrl, { ...instanceEnv, MEDUSA_WORKER_MODE: "worker" })
      const instances: MedusaInstance[] = []
      // The other server and the worker boot while this one seeds the demo store.
      const booting = Promise.all([startMedusaInstance(dbConfig.clientUrl, { ...instanceEnv, MEDUSA_WORKER_MODE: "server" }), startWorker()]).then(
        (booted) => {
          instances.push(...booted)
          return booted
        }
      )
      try {
        const ctxA: JourneyContext = { ...(await seededDemoContext(api, getContainer)), settled, container: undefined }
        const demo = await discoverDemo(ctxA)
        const [firstServerB, firstWorker] = await booting
        let worker = firstWorker
        phaseDone("seeded and booted")
        const onServer = (url: string): JourneyContext => ({ ...ctxA, api: explainFailures(axios.create({ baseURL: url })) })

        // First, server B dies while carts complete on it, and is restarted. The storefront retries
        // on server A until the dead server's cart locks lapse (Medusa's two-minute TTL), in the
        // background, while everything else goes on.
        const cutOn = onServer(firstServerB.url)
        const carts = await Promise.all(
          [0, 1, 2].map(async (i) => {
            const shopper = await newShopper(cutOn, `cut-${i}`)
            const cart = storefrontCart(cutOn, demo, shopper, "eur")
            await cart.create()
            await cart.add(demo.variants["organic-coffee-beans"])
            await cart.ship()
            await cart.pay()
            return { id: cart.id, headers: shopper.headers }
          })
        )
        const cut = carts.map((cart) => completeCart(cutOn.api, cart.id, cart.headers).catch(() => null))
        await new Promise((resolve) => setTimeout(resolve, 150))
        await firstServerB.kill()
        figures.kills.push("server mid-checkout")
        const restartedB = startMedusaInstance(dbConfig.clientUrl, { ...instanceEnv, MEDUSA_WORKER_MODE: "server" })
        figures.checkoutsCut = (await Promise.all(cut)).filter((answer) => !answer?.order).length
        const retried = Promise.all(
          carts.map(async (cart) => {
            await eventually(async () => expect(await completeCart(api, cart.id, cart.headers)).toMatchObject({ type: "order" }), 150_000)
            const { rows } = await pg.raw(`SELECT count(*)::int AS n FROM order_cart WHERE cart_id = ? AND deleted_at IS NULL`, [cart.id])
            expect(rows[0].n).toBe(1)
          })
        )
        const serverB = await restartedB
        instances.push(serverB)
        phaseDone("server killed and back")
        const ctxB = onServer(serverB.url)

        // Shoppers on both servers at once join PLUS at checkout; one then buys as a member (that
        // journey counts the mall item's stock, so it is the only one buying it).
        await Promise.all(
          ([[ctxA, "eur"], [ctxB, "usd"], [ctxB, "eur"], [ctxA, "usd"]] as const).map(async ([ctx, currency], i) => {
            const joined = await joinAtCheckout(ctx, demo, currency)
            figures.journeys++
            if (i === 0) {
              await memberCheckout(ctx, demo, joined.shopper, currency)
              figures.journeys++
            }
          })
        )
        phaseDone("journeys")

        // Renewals: the journeys' members and more, due a minute ago; the worker dies mid-run.
        const memberships: MembershipModuleService = getContainer().resolve(MEMBERSHIP_MODULE)
        const live = await memberships.listMemberships({ status: "active" }, { take: null })
        const template = live[0]
        const customers = await getContainer()
          .resolve(Modules.CUSTOMER)
          .createCustomers(Array.from({ length: DUE_EXTRA_MEMBERS }, (_, i) => ({ email: `renew-${i}@cluster.test`, has_account: true })))
        const due = new Date(Date.now() - MINUTE_MS)
        await memberships.createMemberships(
          customers.map((customer) => ({
            customer_id: customer.id,
            plan_id: template.plan_id,
            status: "active",
            region_id: template.region_id,
            currency_code: template.currency_code,
            sales_channel_id: template.sales_channel_id,
            email: customer.email,
            payment_provider_id: template.payment_provider_id,
            current_period_start: new Date(due.getTime() - 30 * DAY_MS),
            current_period_end: due,
            next_charge_at: due,
          })) as never
        )
        await memberships.updateMemberships(live.map((row) => ({ id: row.id, current_period_end: due, next_charge_at: due })) as never)
        const dueIds = [...live.map((row) => row.id), ...(await memberships.listMemberships({ customer_id: customers.map((c) => c.id) })).map((row) => row.id)]
        await eventually(async () => {
          const { charges } = await renewalsOf(pg, dueIds)
          expect(Object.keys(charges).length).toBeGreaterThan(0)
        }, 60_000)
        await worker.kill()
        const renewedAtKill = Object.keys((await renewalsOf(pg, dueIds)).charges).length
        figures.kills.push(`worker mid-renewal-run (${renewedAtKill} of ${dueIds.length} renewed)`)
        const restarting = startWorker()

        // Tier re-evaluation over a few thousand customers given growth while the worker restarts; it dies mid-run.
        const tiers: TierModuleService = getContainer().resolve(TIER_MODULE)
        const growers = await getContainer()
          .resolve(Modules.CUSTOMER)
          .createCustomers(Array.from({ length: REEVALUATED_CUSTOMERS }, (_, i) => ({ email: `grow-${i}@cluster.test`, has_account: true })))
        await tiers.createGrowthEntries(
          growers.map((customer, i) => ({
            customer_id: customer.id,
            amount: (i % 7) * 150,
            reason: "task" as const,
            actor: "cluster",
            idempotency_key: `cluster:${customer.id}`,
            counts_at: new Date(Date.now() - (i % 30) * DAY_MS),
          }))
        )
        worker = await restarting
        instances.push(worker)
        phaseDone("worker killed mid-renewals and back")
        await worker.waitForOutput(/Tier re-evaluation: [1-9]\d{3} customers done/, 120_000)
        await worker.kill()
        figures.kills.push("worker mid-re-evaluation")
        worker = await startWorker()
        instances.push(worker)

        phaseDone("worker killed mid-re-evaluation and back")
        await retried
        // Everything settles: each due membership renewed, every customer evaluated, the bus empty.
        await eventually(async () => {
          const { charges, periods } = await renewalsOf(pg, dueIds)
          expect(dueIds.map((id) => [charges[id] ?? 0, periods[id] ?? 0])).toEqual(dueIds.map(() => [1, 1]))
        }, 120_000).catch(async (error) => {
          // Say why: what each due membership and its attempts look like, and what the worker printed last.
          const states = await renewalStates(pg, dueIds).then(
            (rows) => JSON.stringify(rows, null, 1),
            (reason) => `(not read: ${reason})`
          )
          throw new Error(`${error.message}\nDue memberships: ${states}\nThe worker's last output:\n${worker.recentOutput().slice(-8_000)}`)
        })
        await eventually(async () => {
          const { rows } = await pg.raw(
            `SELECT count(*)::int AS n FROM customer_tier WHERE deleted_at IS NULL AND customer_id = ANY(?) AND tier_id IS NOT NULL`,
            [growers.map((customer) => customer.id)]
          )
          expect(rows[0].n).toBe(REEVALUATED_CUSTOMERS)
        }, 120_000)
        await eventually(async () => {
          expect(await eventsInFlight(redis)).toBe(0)
          expect(await heldLocks(redis)).toEqual([])
        }, 120_000)

        const orders = await paidOrderAwards(pg)
        expect(orders.length).toBeGreaterThan(figures.journeys)
        expect(orders.filter((order) => order.growth !== 1 || order.points !== 1)).toEqual([])
        expect(await unbalancedPoints(pg)).toEqual([])
        for (const journeyCtx of [ctxA]) {
          const { data } = await journeyCtx.api.get(`/admin/membership/customers/${live[0].customer_id}/growth`, journeyCtx.admin)
          expect(data.growth.balance).toBe(await growthSum(pg, live[0].customer_id))
        }
        const events = await eventsEmitted(redis)
        console.log(
          `Cluster: ${figures.journeys} journeys on 2 servers, ${figures.checkoutsCut} of 3 checkouts cut by a server kill and retried, ` +
            `${dueIds.length} renewals, ${REEVALUATED_CUSTOMERS} customers re-evaluated, ${orders.length} paid orders, ${events} events; ` +
            `kills: ${figures.kills.join("; ")}; at: ${figures.phases.join(", ")}; ${Math.round((Date.now() - started) / 1000)} s`
        )
      } finally {
        await booting.catch(() => undefined)
        await Promise.all(instances.map((instance) => instance.stop()))
      }
    })
  },
})
