import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { fakeStripe, signedWebhook } from "../../fake-stripe"
import { checkout } from "../../helpers/checkout"
import { registerCustomer, type CustomerSession } from "../../helpers/customer"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"
import { STRIPE_PROVIDER_ID, STRIPE_WEBHOOK_SECRET } from "../../medusa-config"

type AccountHolder = { id: string; external_id: string; provider_id: string; data: Record<string, unknown> }

async function accountHolderOf(container: MedusaContainer, customerId: string): Promise<AccountHolder> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["account_holders.*"], filters: { id: customerId } })
  const holder = (data[0].account_holders as AccountHolder[]).find((h) => h.provider_id === STRIPE_PROVIDER_ID)
  if (!holder) {
    throw new Error(`customer ${customerId} has no ${STRIPE_PROVIDER_ID} account holder`)
  }
  return holder
}

export const stripeProviderSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("stripe provider", () => {
    let store: StoreFixture
    let shopper: CustomerSession

    beforeEach(async () => {
      fakeStripe.reset()
      store = await createStoreFixture(getContainer(), {
        currencies: ["eur"],
        paymentProviders: [STRIPE_PROVIDER_ID],
        products: [
          { title: "Digital pass", prices: { eur: 10 } },
          { title: "T-shirt", prices: { eur: 20 }, shipped: true },
        ],
        shipping: { eur: 5 },
      })
      shopper = await registerCustomer(api, store.publishableKey, { email: "shopper@membership.test" })
    })

    const buyWithCard = (card = "pm_card_visa", variants = [store.products[0].variantId]) =>
      checkout(api, {
        headers: shopper.headers,
        regionId: store.regions.eur.id,
        items: variants.map((variant_id) => ({ variant_id })),
        providerId: STRIPE_PROVIDER_ID,
        paymentData: { setup_future_usage: "off_session" },
        confirm: (session) => fakeStripe.confirmIntent(String(session.data.id), card),
      })

    /** An off-session charge the way a renewal makes one: a payment collection, a session for the customer, authorize. */
    const chargeOffSession = async (paymentMethod: string, idempotencyKey?: string) => {
      const payments = getContainer().resolve(Modules.PAYMENT)
      const [collection] = await payments.createPaymentCollections([{ currency_code: "eur", amount: 88 }])
      const { result: session } = await createPaymentSessionsWorkflow(getContainer()).run({
        input: {
          payment_collection_id: collection.id,
          provider_id: STRIPE_PROVIDER_ID,
          customer_id: shopper.customerId,
          data: { payment_method: paymentMethod, off_session: true, confirm: true, capture_method: "automatic" },
          ...(idempotencyKey && { context: { idempotency_key: idempotencyKey } }),
        },
      })
      return { collection, session }
    }

    it("registers the provider under the id Medusa derives from identifier and id", async () => {
      const providers = await getContainer().resolve(Modules.PAYMENT).listPaymentProviders({ id: STRIPE_PROVIDER_ID })
      expect(providers).toEqual([expect.objectContaining({ id: "pp_membership-stripe_stripe", is_enabled: true })])
    })

    describe("checkout with a saved card", () => {
      it("completes the cart after the shopper confirms, and saves the card on the Stripe customer", async () => {
        const { order, paymentSession } = await buyWithCard()

        expect(order.payment_collections[0]).toMatchObject({ status: "authorized", authorized_amount: 10 })
        const holder = await accountHolderOf(getContainer(), shopper.customerId)
        const stripeCustomer = fakeStripe.state.customers.get(holder.external_id)
        expect(stripeCustomer).toMatchObject({ email: "shopper@membership.test", name: "Test Shopper" })

        // Medusa's default is a manual capture: the intent waits in requires_capture.
        const intent = fakeStripe.intent(String(paymentSession.data.id))
        expect(intent).toMatchObject({ status: "requires_capture", amount: 1000, customer: holder.external_id })

        // The saved card: on the payment's data (expanded) and through the payment module.
        const paymentModule = getContainer().resolve(Modules.PAYMENT)
        const [payment] = await paymentModule.listPayments({ payment_session_id: paymentSession.id })
        const savedId = (payment.data!.payment_method as { id: string }).id
        expect(savedId).toBe(intent.payment_method)
        expect(fakeStripe.state.paymentMethods.get(savedId)).toMatchObject({ customer: holder.external_id })
        const methods = await paymentModule.listPaymentMethods({
          provider_id: STRIPE_PROVIDER_ID,
          context: { account_holder: holder },
        })
        expect(methods.map((m) => m.id)).toEqual([savedId])
      })

      it("charges the order total, shipping included, for a cart with shipped goods", async () => {
        const { order, paymentSession } = await buyWithCard("pm_card_visa", store.products.map((p) => p.variantId))
        expect(order).toMatchObject({ total: 35, shipping_total: 5 })
        expect(order.shipping_methods).toHaveLength(1)
        expect(fakeStripe.intent(String(paymentSession.data.id))).toMatchObject({ amount: 3500, amount_capturable: 3500 })
      })

      it("captures and refunds the order's payment in Stripe through the payment module", async () => {
        const { paymentSession } = await buyWithCard()
        const paymentModule = getContainer().resolve(Modules.PAYMENT)
        const [payment] = await paymentModule.listPayments({ payment_session_id: paymentSession.id })

        await paymentModule.capturePayment({ payment_id: payment.id })
        await paymentModule.refundPayment({ payment_id: payment.id, amount: 4 })

        const intentId = String(paymentSession.data.id)
        expect(fakeStripe.intent(intentId)).toMatchObject({ status: "succeeded", amount_received: 1000 })
        expect([...fakeStripe.state.refunds.values()]).toEqual([
          expect.objectContaining({ payment_intent: intentId, amount: 400 }),
        ])
      })

      it("does not complete the cart when the shopper's card is declined", async () => {
        await expect(buyWithCard("pm_card_chargeDeclined")).rejects.toThrow(/was not authorized with the provider/)
        expect(await getContainer().resolve(Modules.ORDER).listOrders()).toEqual([])
        expect([...fakeStripe.state.paymentMethods.values()].every((m) => m.customer === null)).toBe(true)
      })
    })

    describe("off-session charges with the saved card", () => {
      let savedCard: string

      beforeEach(async () => {
        const { paymentSession } = await buyWithCard()
        const [payment] = await getContainer()
          .resolve(Modules.PAYMENT)
          .listPayments({ payment_session_id: paymentSession.id })
        savedCard = (payment.data!.payment_method as { id: string }).id
      })

      it("charges and captures it for the same customer", async () => {
        const { collection, session } = await chargeOffSession(savedCard)
        expect(session.status).toBe("captured")

        const paymentModule = getContainer().resolve(Modules.PAYMENT)
        const payment = await paymentModule.authorizePaymentSession(session.id, {})
        expect(payment?.captured_at).toBeTruthy()
        expect(await paymentModule.retrievePaymentCollection(collection.id)).toMatchObject({
          status: "completed",
          captured_amount: 88,
        })

        const creation = fakeStripe.intentCreations().at(-1)!
        expect(creation.params).toMatchObject({ payment_method: savedCard, off_session: "true", confirm: "true" })
        expect(fakeStripe.intent(String(session.data.id))).toMatchObject({
          status: "succeeded",
          amount_received: 8800,
          customer: (await accountHolderOf(getContainer(), shopper.customerId)).external_id,
        })
      })

      it("creates no payment when the card is declined", async () => {
        const { collection, session } = await chargeOffSession("pm_card_chargeDeclined")
        // Medusa keeps the failed intent that came with Stripe's 402 as the session's data.
        expect(session.status).toBe("error")
        expect(session.data).toMatchObject({
          status: "requires_payment_method",
          last_payment_error: { code: "card_declined", decline_code: "generic_decline" },
        })

        const paymentModule = getContainer().resolve(Modules.PAYMENT)
        await expect(paymentModule.authorizePaymentSession(session.id, {})).rejects.toThrow(/was not authorized/)
        expect(await paymentModule.retrievePaymentCollection(collection.id, { relations: ["payments"] })).toMatchObject({
          payments: [],
        })
      })

      it("fails a card that needs the shopper (3-D Secure) with authentication_required", async () => {
        const { session } = await chargeOffSession("pm_card_authenticationRequired")
        expect(session.status).toBe("error")
        expect(session.data).toMatchObject({ last_payment_error: { code: "authentication_required" } })
      })
    })

    describe("idempotency keys", () => {
      const key = "membership:mem_123:period:2026-01-01T00:00:00.000Z:attempt:1"

      it("sends a caller's key from the session context as Stripe's Idempotency-Key", async () => {
        await chargeOffSession("pm_card_visa", key)
        expect(fakeStripe.intentCreations().map((r) => r.idempotencyKey)).toEqual([key])
      })

      it("defaults the key to the payment session id", async () => {
        const { session } = await chargeOffSession("pm_card_visa")
        expect(fakeStripe.intentCreations().map((r) => r.idempotencyKey)).toEqual([session.id])
      })

      it("refuses a second attempt with the same key instead of charging twice", async () => {
        await chargeOffSession("pm_card_visa", key)
        // A retry is a new session, so the intent's metadata.session_id differs: Stripe answers 400 idempotency_error.
        // Workflow errors reach the caller serialized, not as Error instances.
        await expect(chargeOffSession("pm_card_visa", key)).rejects.toMatchObject({
          message: expect.stringMatching(/Keys for idempotent requests can only be used with the same parameters/),
        })

        expect(fakeStripe.state.paymentIntents.size).toBe(1)
        expect(fakeStripe.intentCreations().map((r) => [r.idempotencyKey, r.status])).toEqual([
          [key, 200],
          [key, 400],
        ])
      })
    })

    describe("webhooks", () => {
      it("are accepted by the provider when signed with the webhook secret", async () => {
        const { paymentSession } = await buyWithCard()
        const intent = fakeStripe.intent(String(paymentSession.data.id))
        const hook = signedWebhook("payment_intent.amount_capturable_updated", intent, STRIPE_WEBHOOK_SECRET)
        const paymentModule = getContainer().resolve(Modules.PAYMENT)
        const deliver = (headers: Record<string, string>) =>
          paymentModule.getWebhookActionAndData({
            provider: "membership-stripe_stripe",
            payload: { data: hook.event, rawData: Buffer.from(hook.payload), headers },
          })

        expect(await deliver(hook.headers)).toEqual({
          action: "authorized",
          data: { session_id: paymentSession.id, amount: 10 },
        })
        const forged = signedWebhook(hook.event.type, intent, "whsec_other", hook.event.id)
        await expect(deliver(forged.headers)).rejects.toThrow(/signature/i)
      })
    })
  })
