import axios from "axios"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startMedusaInstance } from "../integration-tests/helpers/medusa-instance"
import { joinAtCheckout } from "../integration-tests/journeys/join-at-checkout"
import { explainFailures, uniqueSuffix } from "../integration-tests/journeys/support/context"
import { DEMO, discoverDemo } from "../integration-tests/journeys/support/demo"
import { seededDemoContext } from "../integration-tests/journeys/support/harness"
import { newShopper } from "../integration-tests/journeys/support/shopper"
import { createBareMedusaApp } from "./support/bare-medusa-app"
import { type BenchServer, type BenchShopper, type BenchStore, checkoutFlow, type FlowRecord } from "./support/checkout-flow"
import { type Goals, shopperReport, type ShopperRun } from "./support/report"
import { STATEMENT_COUNTER, settledStatementCount } from "./support/statements"

jest.setTimeout(1_800_000)

const FLOWS = Number(process.env.BENCH_FLOWS ?? 20)
const WARMUP_FLOWS = Number(process.env.BENCH_WARMUP_FLOWS ?? 2)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const CONCURRENT_WAVES = Number(process.env.BENCH_CONCURRENT_WAVES ?? 1)

const PRODUCT = "organic-coffee-beans"
const GOALS: Record<string, Goals> = {
  guest: { wholeFlow: 1.05, complete: 1.1, statementsPerFlow: 0.05 },
  "signed-in non-member": { wholeFlow: 1.05, complete: 1.1, statementsPerFlow: null },
  "member (PLUS Annual, Gold)": { wholeFlow: 1.1, complete: 1.1, statementsPerFlow: null },
}

/** Flows on both apps, alternating which goes first, one at a time; every flow must place an order at `price(app)`. */
async function sequentialFlows(servers: BenchServer[], shopper: BenchShopper, store: BenchStore, flows: number, price: (server: BenchServer) => number) {
  const records: Record<BenchServer["name"], FlowRecord[]> = { plugin: [], bare: [] }
  for (let i = 0; i < flows; i++) {
    for (const server of i % 2 ? [...servers].reverse() : servers) {
      const flow = await checkoutFlow(server, shopper, store, true)
      expect(flow.order.items.map((item: { unit_price: number }) => item.unit_price)).toEqual([price(server)])
      records[server.name].push(flow)
    }
  }
  return records
}

/** Waves of `CONCURRENCY` flows at once, alternating the apps; each app's background work settles between waves. */
async function concurrentFlows(servers: BenchServer[], shopper: BenchShopper, store: BenchStore) {
  const run = { plugin: [] as FlowRecord[], bare: [] as FlowRecord[], pluginSeconds: 0, bareSeconds: 0, concurrency: CONCURRENCY }
  for (let wave = 0; wave < CONCURRENT_WAVES * 2; wave++) {
    const server = servers[wave % 2]
    const started = performance.now()
    const flows = await Promise.all(Array.from({ length: CONCURRENCY }, () => checkoutFlow(server, shopper, store, false)))
    run[`${server.name}Seconds`] += (performance.now() - started) / 1000
    run[server.name].push(...flows)
    await settledStatementCount(server.instance)
  }
  return run
}

/**
 * What the plugin costs Medusa's own storefront checkout (issue 17): the same flow against two
 * servers on one database, booted the same way as child processes: this repository's app (the
 * plugin, the demo's seed) and a bare Medusa app (same node_modules, no plugin). Per step: p50/p95
 * time and Postgres statements (a preload counts them in each server), and the on/off ratios
 * beside the goals. No timing assertions; every flow must place an order at the expected price.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbConfig }) => {
    it(`checks out ${FLOWS} times per shopper on the plugin app and on bare Medusa`, async () => {
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
      const priceFor = (shopper: BenchShopper) => (server: BenchServer) => (server.name === "plugin" && shopper.kind.startsWith("member") ? prices.plus.eur : prices.eur)

      const bareApp = createBareMedusaApp(getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http)
      const instances = []
      try {
        const servers: BenchServer[] = []
        for (const [name, appDir] of [["plugin", undefined], ["bare", bareApp.dir]] as const) {
          const instance = await startMedusaInstance(dbConfig.clientUrl, {}, { appDir, preload: [STATEMENT_COUNTER] })
          instances.push(instance)
          servers.push({ name, instance, api: explainFailures(axios.create({ baseURL: instance.url })) })
        }

        const runs: ShopperRun[] = []
        for (const shopper of shoppers) {
          await sequentialFlows(servers, shopper, store, WARMUP_FLOWS, priceFor(shopper))
          const sequential = await sequentialFlows(servers, shopper, store, FLOWS, priceFor(shopper))
          const concurrent = await concurrentFlows(servers, shopper, store)
          runs.push({ kind: shopper.kind, sequential, concurrent, goals: GOALS[shopper.kind] })
        }

        process.stdout.write(
          [
            "",
            `checkout overhead: the plugin app against bare Medusa, one database (Postgres ${process.env.DB_HOST}), ${FLOWS} flows per app and shopper`,
            "after " + `${WARMUP_FLOWS} warm-up flows; concurrency round: ${CONCURRENT_WAVES} wave(s) of ${CONCURRENCY} per app. Ratios are plugin / bare.`,
            ...runs.map(shopperReport),
            "",
          ].join("\n\n")
        )
      } finally {
        for (const instance of instances) {
          await instance.stop()
        }
        bareApp.remove()
      }
    })
  },
})
