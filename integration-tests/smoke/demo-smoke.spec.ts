import fs from "fs"
import path from "path"
import axios from "axios"
import { joinAtCheckout } from "../journeys/join-at-checkout"
import { memberCheckout } from "../journeys/member-checkout"
import { reversals } from "../journeys/reversals"
import { explainFailures, type JourneyContext } from "../journeys/support/context"
import { type DemoStore, discoverDemo } from "../journeys/support/demo"

/**
 * `npm run smoke`: journeys 1–3 (join at checkout, a member's checkout with points and the mall,
 * refunds, returns and a cancellation) over HTTP against a running `npm run demo`, with the
 * demo's own seed and configuration. Each run uses new shoppers, so the demo stays usable.
 * The demo is found through its `demo.json`: `SMOKE_DEMO=<path>`, else `.medusa/demo.json`.
 */
const factsFile = path.resolve(process.env.SMOKE_DEMO ?? path.join(__dirname, "..", "..", ".medusa", "demo.json"))

function demoFacts() {
  if (!fs.existsSync(factsFile)) {
    throw new Error(`No running demo: ${factsFile} does not exist. Start one with \`npm run demo\` (or set SMOKE_DEMO to its demo.json).`)
  }
  return JSON.parse(fs.readFileSync(factsFile, "utf8"))
}

describe("the demo's shopper journeys", () => {
  let ctx: JourneyContext
  let demo: DemoStore

  beforeAll(async () => {
    const facts = demoFacts()
    const api = explainFailures(axios.create({ baseURL: facts.url }))
    const { data } = await api.post("/auth/user/emailpass", facts.admin)
    ctx = {
      api,
      publishableKey: facts.publishableKey,
      admin: { headers: { authorization: `Bearer ${data.token}` } },
      partnerKey: facts.partner?.apiKey,
      // Another process runs the subscribers: the journeys poll for their effects.
      settled: (_event, action) => action(),
    }
    demo = await discoverDemo(ctx)
  })

  describe.each(["eur", "usd"] as const)("in %s", (currency) => {
    let joined: Awaited<ReturnType<typeof joinAtCheckout>>
    let shopped: Awaited<ReturnType<typeof memberCheckout>>

    it("1. a new shopper joins PLUS Annual and buys goods in one cart", async () => {
      joined = await joinAtCheckout(ctx, demo, currency)
    })

    it("2. the member pays with points above the free-shipping minimum", async () => {
      shopped = await memberCheckout(ctx, demo, joined.shopper, currency)
    })

    it("3. refunds, a return and a cancellation give back their share, once", async () => {
      await reversals(ctx, demo, joined.shopper, currency, shopped)
    })
  })
})
