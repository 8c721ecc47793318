import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createMembershipStore } from "../integration-tests/helpers/membership"
import { createProduct } from "../integration-tests/helpers/store-fixture"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../src/modules/membership"
import { createMembershipPlansWorkflow } from "../src/workflows/membership/workflows/create-membership-plans"
import { chargeRenewal } from "../src/workflows/membership/steps/charge-membership-renewal"
import { processDueMemberships } from "../src/workflows/membership"

jest.setTimeout(1_800_000)

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 40)
const DAY = 24 * 60 * 60 * 1000

/**
 * What a renewal run costs per member, against its baseline in the same run: the bare Medusa
 * checkout a renewal is made of (cart, payment session, completion, capture) for an ordinary
 * product. The ratio is the price of the plugin's claim, outcome and history per renewal.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it(`renews ${MEMBERS} due memberships`, async () => {
      const container = getContainer()
      const store = await createMembershipStore(container)
      const region = store.regions.eur
      const product = await createProduct(container, store.salesChannelId, { title: "Baseline good", prices: { eur: 30 } })
      const {
        result: [plan],
      } = await createMembershipPlansWorkflow(container).run({
        input: { plans: [{ name: "Bench", interval: "month", prices: [{ currency_code: "eur", amount: 30 }] }] },
      })

      const customers = await container.resolve(Modules.CUSTOMER).createCustomers(
        Array.from({ length: MEMBERS }, (_, i) => ({ email: `member${i}@bench.test`, has_account: true }))
      )
      const due = new Date(Date.now() - DAY)
      const membership = container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
      await membership.createMemberships(
        customers.map((customer) => ({
          customer_id: customer.id,
          email: customer.email,
          plan_id: plan.id,
          status: "active" as const,
          current_period_start: new Date(due.getTime() - 30 * DAY),
          current_period_end: due,
          next_charge_at: due,
          region_id: region.id,
          currency_code: "eur",
          sales_channel_id: store.salesChannelId,
          payment_provider_id: "pp_system_default",
        }))
      )

      const baselineStart = performance.now()
      for (const [i, customer] of customers.entries()) {
        const outcome = await chargeRenewal(container, {
          membership_id: "baseline",
          charge_id: `baseline-${i}`,
          idempotency_key: `baseline-${i}`,
          customer_id: customer.id,
          email: customer.email,
          region_id: region.id,
          currency_code: "eur",
          sales_channel_id: store.salesChannelId,
          variant_id: product.variantId,
          provider_id: "pp_system_default",
          payment_method_id: null,
        })
        expect(outcome.ok).toBe(true)
      }
      const baselineMs = performance.now() - baselineStart

      const runStart = performance.now()
      const summary = await processDueMemberships(container, new Date(), { concurrency: 1 })
      const runMs = performance.now() - runStart
      expect(summary).toMatchObject({ seen: MEMBERS, renewed: MEMBERS, errors: 0 })

      // The next period of the same members, with the job's default concurrency.
      const parallelStart = performance.now()
      const parallel = await processDueMemberships(container, new Date(Date.now() + 40 * DAY))
      const parallelMs = performance.now() - parallelStart
      expect(parallel).toMatchObject({ seen: MEMBERS, renewed: MEMBERS, errors: 0 })

      const perOrder = (ms: number) => (ms / MEMBERS).toFixed(1)
      process.stdout.write(
        [
          "",
          `renewals (${MEMBERS} members, one process, Postgres ${process.env.DB_HOST}):`,
          `  baseline: plain Medusa checkout + capture  ${perOrder(baselineMs)} ms/order`,
          `  renewal run, one at a time                 ${perOrder(runMs)} ms/member   ratio to baseline ${(runMs / baselineMs).toFixed(2)}`,
          `  renewal run, default concurrency (4)       ${perOrder(parallelMs)} ms/member   ratio to baseline ${(parallelMs / baselineMs).toFixed(2)}`,
          "",
        ].join("\n")
      )
    })
  },
})
