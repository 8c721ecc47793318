import axios from "axios"
import Redis from "ioredis"
import type { Knex } from "knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventsFailed, eventsInFlight } from "../integration-tests/cluster/cluster-state"
import { type MedusaInstance, startMedusaInstance } from "../integration-tests/helpers/medusa-instance"
import { joinAtCheckout } from "../integration-tests/journeys/join-at-checkout"
import { explainFailures, uniqueSuffix } from "../integration-tests/journeys/support/context"
import { DEMO, discoverDemo } from "../integration-tests/journeys/support/demo"
import { seededDemoContext } from "../integration-tests/journeys/support/harness"
import { newShopper } from "../integration-tests/journeys/support/shopper"
import { createBareMedusaApp, redisModulesOfPluginApp } from "./support/bare-medusa-app"
import { type BenchServer, type BenchShopper, type BenchStore, checkoutFlow, type FlowRecord, settledCounts } from "./support/checkout-flow"
import { type Goals, shopperReport, type ShopperRun } from "./support/report"
import { STATEMENT_COUNTER } from "./support/statements"

jest.setTimeout(3_600_000)

const FLOWS = Number(process.env.BENCH_FLOWS ?? 20)
const WARMUP_FLOWS = Number(process.env.BENCH_WARMUP_FLOWS ?? 2)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const CONCURRENT_WAVES = Number(process.env.BENCH_CONCURRENT_WAVES ?? 1)

type Topology = "single" | "split"
const TOPOLOGY = process.env.BENCH_TOPOLOGY ?? "both"
const TOPOLOGIES: Topology[] = TOPOLOGY === "both" ? ["single", "split"] : TOPOLOGY === "single" || TOPOLOGY === "split" ? [TOPOLOGY] : []
// The split topology's Redis databases, one per app (each app's worker must take only its own
// server's events), emptied before it starts; the cluster spec uses database 7.
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379"
const REDIS_DATABASES = { plugin: 8, bare: 9 }

const PRODUCT = "organic-coffee-beans"
const GOALS: Record<string, Goals> = {
  guest: { wholeFlow: 1.05, complete: 1.1, statementsPerFlow: 0.05 },
  "signed-in non-member": { wholeFlow: 1.05, complete: 1.1, statementsPerFlow: null },
  "member (PLUS Annual, Gold)": { wholeFlow: 1.1, complete: 1.1, statementsPerFlow: null },
}
const TOPOLOGY_TITLES: Record<Topology, string> = {
  single: "single process: one server per app (Medusa's shared worker mode; events, workflows and locks in memory)",
  split:
    "server + worker: per app one server (workerMode server) and one worker (workerMode worker) on Redis " +
    `(event bus, workflow engine, locking, caching; database ${REDIS_DATABASES.plugin} for the plugin app, ${REDIS_DATABASES.bare} for bare). ` +
    "Steps time and count the server; the worker's statements per flow (its subscribers' work for the order) are counted apart",
}

type Apps = { servers: BenchServer[]; stop: () => Promise<void> }

/** What the bench checks of every flow's order: `price` per app, and the benefit usage a member's order leaves once its background work is done. */
type OrderCheck = (server: BenchServer, flow: FlowRecord) => Promise<void>

/** Flows on both apps, alternating which goes first, one at a time; every flow's order must pass `check`. */
async function sequentialFlows(servers: BenchServer[], shopper: BenchShopper, store: BenchStore, flows: number, check: OrderCheck) {
  const records: Record<BenchServer["name"], FlowRecord[]> = { plugin: [], bare: [] }
  for (let i = 0; i < flows; i++) {
    for (const server of i % 2 ? [...servers].reverse() : servers) {
      const flow = await checkoutFlow(server, shopper, store, true)
      await check(server, flow)
      records[server.name].push(flow)
    }
  }
  return records
}

/** Waves of `CONCURRENCY` flows at once, alternating the apps; each app's background work settles between waves. */
async function concurrentFlows(servers: BenchServer[], shopper: BenchShopper, store: BenchStore, check: OrderCheck) {
  const run = { plugin: [] as FlowRecord[], bare: [] as FlowRecord[], pluginSeconds: 0, bareSeconds: 0, concurrency: CONCURRENCY }
  for (let wave = 0; wave < CONCURRENT_WAVES * 2; wave++) {
    const server = servers[wave % 2]
    const started = performance.now()
    const flows = await Promise.all(Array.from({ length: CONCURRENCY }, () => checkoutFlow(server, shopper, store, false)))
    run[`${server.name}Seconds`] += (performance.now() - started) / 1000
    run[server.name].push(...flows)
    await settledCounts(server)
    for (const flow of flows) {
      await check(server, flow)
    }
  }
  return run
}

const benchServer = (name: BenchServer["name"], instance: MedusaInstance): BenchServer => ({
  name,
  instance,
  api: explainFailures(axios.create({ baseURL: instance.url })),
})

/** The plugin app and the bare app in the topology asked for, each process counting its statements. */
async function startApps(topology: Topology, databaseUrl: string, bareApp: (modules?: Record<string, unknown>) => string): Promise<Apps> {
  const instances: Promise<MedusaInstance>[] = []
  const redisClients: Redis[] = []
  const start = (env: Record<string, string>, appDir?: string) => {
    const instance = startMedusaInstance(databaseUrl, env, { appDir, preload: [STATEMENT_COUNTER] })
    instances.push(instance)
    return instance
  }
  const stop = async () => {
    const started = await Promise.allSettled(instances)
    await Promise.all(started.map((result) => (result.status === "fulfilled" ? result.value.stop() : undefined)))
    await Promise.all(redisClients.map((redis) => redis.quit()))
  }
  try {
    if (topology === "single") {
      const [plugin, bare] = await Promise.all([start({}), start({}, bareApp())])
      return { servers: [benchServer("plugin", plugin), benchServer("bare", bare)], stop }
    }
    const app = async (name: BenchServer["name"]) => {
      const redisUrl = `${REDIS_URL}/${REDIS_DATABASES[name]}`
      const redis = new Redis(redisUrl)
      redisClients.push(redis)
      await redis.flushdb()
      const appDir = name === "bare" ? bareApp(redisModulesOfPluginApp(redisUrl)) : undefined
      const [server, worker] = await Promise.all([
        start({ REDIS_URL: redisUrl, MEDUSA_WORKER_MODE: "server" }, appDir),
        start({ REDIS_URL: redisUrl, MEDUSA_WORKER_MODE: "worker" }, appDir),
      ])
      const pending = async () => {
        const failed = await eventsFailed(redis)
        if (failed) {
          throw new Error(`${name}: ${failed} event(s) failed on the worker`)
        }
        return (await eventsInFlight(redis)) > 0
      }
      return { ...benchServer(name, server), worker: { instance: worker, pending } }
    }
    return { servers: await Promise.all([app("plugin"), app("bare")]), stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * What the plugin costs Medusa's own storefront checkout (issue 17): the same flow against two
 * apps on one database, booted the same way as child processes: this repository's app (the
 * plugin, the demo's seed) and a bare Medusa app (same node_modules, no plugin); in one process
 * each, then as a server and a worker each on Redis (`BENCH_TOPOLOGY`: single, split or both).
 * Per step: p50/p95 time and Postgres statements (a preload counts them in each process), and the
 * on/off ratios beside the goals. No timing assertions; every flow must place an order at the
 * expected price, and a member's order must have its benefit usage recorded before the next flow.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbConfig }) => {
    it(`checks out ${FLOWS} times per shopper on the plugin app and on bare Medusa (${TOPOLOGY})`, async () => {
      if (!TOPOLOGIES.length) {
        throw new Error(`BENCH_TOPOLOGY must be single, split or both, not ${TOPOLOGY}`)
      }
      const ctx = await seededDemoContext(api, getContainer)
      const demo = await discoverDemo(ctx)
      const { data: regionData } = await api.get(`/store/regions/${demo.regions.eur}`, demo.storefront)
      const store: BenchStore = { regionId: demo.regions.eur, countryCode: regionData.region.countries[0].iso_2, variantId: demo.variants[PRODUCT] }

      const member = (await joinAtCheckout(ctx, demo, "eur")).shopper
      const nonMember = await newShopper(ctx, "bench-non-member")
      const shoppers: BenchShopper[] = [
        { kind: "guest", headers: demo.storefront.headers, guestEmail: () => `guest-${uniqueSuffix()}@bench.test` },
        { kind: "signed-in non-member", headers: nonMember.headers },
        { kind: "member (PLUS Annual, Gold)", headers: member.headers },
      ]
      const prices = DEMO.products[PRODUCT]
      const pg: Knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const checkOrder =
        (shopper: BenchShopper): OrderCheck =>
        async (server, flow) => {
          const memberOnPlugin = server.name === "plugin" && shopper.kind.startsWith("member")
          expect(flow.order.items.map((item: { unit_price: number }) => item.unit_price)).toEqual([memberOnPlugin ? prices.plus.eur : prices.eur])
          if (memberOnPlugin) {
            // The order.placed subscriber (on the worker, when there is one) recorded the member price saving.
            const usage = await pg("benefit_usage").where({ order_id: flow.order.id, benefit_type: "member_price" }).whereNull("deleted_at").count({ n: "*" })
            expect({ order: flow.order.id, memberPriceUsages: Number(usage[0].n) }).toEqual({ order: flow.order.id, memberPriceUsages: 1 })
          }
        }

      const http = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
      const bareDirs: { remove: () => void }[] = []
      const bareApp = (modules?: Record<string, unknown>) => {
        const app = createBareMedusaApp(http, modules)
        bareDirs.push(app)
        return app.dir
      }
      const reports: string[] = []
      try {
        for (const topology of TOPOLOGIES) {
          const started = performance.now()
          const apps = await startApps(topology, dbConfig.clientUrl, bareApp)
          const runs: ShopperRun[] = []
          try {
            for (const shopper of shoppers) {
              await sequentialFlows(apps.servers, shopper, store, WARMUP_FLOWS, checkOrder(shopper))
              const sequential = await sequentialFlows(apps.servers, shopper, store, FLOWS, checkOrder(shopper))
              const concurrent = await concurrentFlows(apps.servers, shopper, store, checkOrder(shopper))
              runs.push({ kind: shopper.kind, sequential, concurrent, goals: GOALS[shopper.kind] })
            }
          } finally {
            await apps.stop()
          }
          const minutes = ((performance.now() - started) / 60_000).toFixed(1)
          reports.push(`════ ${TOPOLOGY_TITLES[topology]} (${minutes} min) ════`, ...runs.map(shopperReport))
        }
      } finally {
        bareDirs.forEach((dir) => dir.remove())
      }

      process.stdout.write(
        [
          "",
          `checkout overhead: the plugin app against bare Medusa, one database (Postgres ${process.env.DB_HOST}), ${FLOWS} flows per app and shopper`,
          "after " + `${WARMUP_FLOWS} warm-up flows; concurrency round: ${CONCURRENT_WAVES} wave(s) of ${CONCURRENCY} per app. Ratios are plugin / bare.`,
          ...reports,
          "",
        ].join("\n\n")
      )
    })
  },
})
