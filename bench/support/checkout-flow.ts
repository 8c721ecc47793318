import type { AxiosInstance } from "axios"
import { completeCart, startPayment } from "../../integration-tests/helpers/checkout"
import type { MedusaInstance } from "../../integration-tests/helpers/medusa-instance"
import { settledStatementCount, statementCount, statementTotals } from "./statements"

export const STEPS = ["create cart", "add item", "address", "shipping options", "shipping method", "payment", "complete"] as const
export type Step = (typeof STEPS)[number]

/** An app's worker (server + worker topology): its statements are counted apart; `pending` while events wait for it on the bus. */
export type BenchWorker = { instance: MedusaInstance; pending: () => Promise<boolean> }

export type BenchServer = { name: "plugin" | "bare"; api: AxiosInstance; instance: MedusaInstance; worker?: BenchWorker }

/** Who checks out: store headers (publishable key, and a bearer token when signed in); a guest gives an email. */
export type BenchShopper = { kind: string; headers: Record<string, string>; guestEmail?: () => string }

export type BenchStore = { regionId: string; countryCode: string; variantId: string }

export type FlowRecord = {
  ms: Record<Step, number>
  /** Statements per step; `complete` includes the background work it sets off. Null when not counted. */
  statements: Record<Step, number> | null
  /** Of `complete`'s statements, those sent after its response: mostly the `order.placed` subscribers. */
  statementsAfterResponse: number | null
  /** The worker's statements over the whole flow, its background work included (server + worker topology). */
  workerStatements: number | null
  /** Of the server's statements over the whole flow, those on Medusa's promotion and adjustment tables. */
  promotionStatements: number | null
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  order: any
}

/** The statement counts of an app's server and worker once both have finished their background work. */
export async function settledCounts(server: BenchServer): Promise<{ server: number; worker: number | null }> {
  const serverCount = await settledStatementCount(server.instance)
  const { worker } = server
  return { server: serverCount, worker: worker ? await settledStatementCount(worker.instance, { pending: worker.pending }) : null }
}

/**
 * One storefront checkout, a request (or two, for the payment) per step, each step timed from the
 * client. With `countStatements`, the server's statement count is read between steps (outside the
 * timing), so flows must then run one at a time on that server (and its worker's, before and
 * after the flow).
 */
export async function checkoutFlow(server: BenchServer, shopper: BenchShopper, store: BenchStore, countStatements: boolean): Promise<FlowRecord> {
  const { api } = server
  const config = { headers: shopper.headers }
  const address = { first_name: "Bench", last_name: "Shopper", address_1: "1 Bench Street", city: "Bench City", postal_code: "12345", country_code: store.countryCode }
  let cartId = ""
  let optionId = ""
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let completion: any

  const actions: Record<Step, () => Promise<unknown>> = {
    "create cart": async () => {
      cartId = (await api.post("/store/carts", { region_id: store.regionId }, config)).data.cart.id
    },
    "add item": () => api.post(`/store/carts/${cartId}/line-items`, { variant_id: store.variantId, quantity: 1 }, config),
    address: () =>
      api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address, ...(shopper.guestEmail && { email: shopper.guestEmail() }) }, config),
    "shipping options": async () => {
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, config)
      optionId = [...data.shipping_options].sort((a, b) => a.amount - b.amount)[0].id
    },
    "shipping method": () => api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, config),
    payment: () => startPayment(api, cartId, { headers: shopper.headers, providerId: "pp_system_default" }),
    complete: async () => {
      completion = await completeCart(api, cartId, shopper.headers)
    },
  }

  const ms = {} as Record<Step, number>
  const statements = {} as Record<Step, number>
  let statementsAfterResponse = 0
  const workerBefore = countStatements && server.worker ? await statementCount(server.worker.instance) : 0
  let workerStatements: number | null = null
  const promotionsBefore = countStatements ? (await statementTotals(server.instance)).promotions : 0
  for (const step of STEPS) {
    const before = countStatements ? await statementCount(server.instance) : 0
    const started = performance.now()
    await actions[step]()
    ms[step] = performance.now() - started
    if (countStatements) {
      const atResponse = await statementCount(server.instance)
      let after = atResponse
      if (step === "complete") {
        const settled = await settledCounts(server)
        after = settled.server
        workerStatements = settled.worker === null ? null : settled.worker - workerBefore
      }
      statements[step] = after - before
      statementsAfterResponse = after - atResponse
    }
  }
  if (completion?.type !== "order") {
    throw new Error(`${server.name}: cart ${cartId} of a ${shopper.kind} was not completed: ${JSON.stringify(completion)}`)
  }
  return {
    ms,
    statements: countStatements ? statements : null,
    statementsAfterResponse: countStatements ? statementsAfterResponse : null,
    workerStatements,
    promotionStatements: countStatements ? (await statementTotals(server.instance)).promotions - promotionsBefore : null,
    order: completion.order,
  }
}
