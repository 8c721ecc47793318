import Stripe from "stripe"
import { createFakeStripe, signedWebhook } from "../../../../integration-tests/fake-stripe"
import { createStripeClient, STRIPE_API_VERSION } from "../client"

describe("createStripeClient on the fake Stripe", () => {
  const fake = createFakeStripe()
  const stripe = createStripeClient({ apiKey: "sk_test_fake", httpClient: fake.httpClient })

  beforeEach(() => fake.reset())

  it("pins the API version and sends every request through the given HTTP client", async () => {
    const customer = await stripe.customers.create({ email: "a@example.com" })
    expect(fake.state.customers.get(customer.id)).toMatchObject({ email: "a@example.com" })
    expect(fake.state.requests).toEqual([
      expect.objectContaining({ method: "POST", path: "/v1/customers", status: 200, apiVersion: STRIPE_API_VERSION }),
    ])
  })

  it("replays a request sent again with the same Idempotency-Key, and refuses the key with other parameters", async () => {
    const params = { amount: 1000, currency: "eur", metadata: { session_id: "payses_1" } }
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: "k1" })
    const again = await stripe.paymentIntents.create(params, { idempotencyKey: "k1" })
    expect(again.id).toBe(first.id)
    expect(fake.state.paymentIntents.size).toBe(1)
    expect(fake.intentCreations().map((r) => r.replayed)).toEqual([false, true])

    const other = stripe.paymentIntents.create({ ...params, metadata: { session_id: "payses_2" } }, { idempotencyKey: "k1" })
    await expect(other).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
  })

  it("declines a card with a 402 card_error carrying the failed intent", async () => {
    const customer = await stripe.customers.create({})
    const error = await stripe.paymentIntents
      .create({ amount: 500, currency: "eur", customer: customer.id, payment_method: "pm_card_chargeDeclinedInsufficientFunds", confirm: true, off_session: true })
      .catch((e: unknown) => e)

    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError)
    const { payment_intent, decline_code, statusCode } = error as Stripe.errors.StripeCardError
    expect({ statusCode, decline_code }).toEqual({ statusCode: 402, decline_code: "insufficient_funds" })
    expect(payment_intent).toMatchObject({ status: "requires_payment_method", last_payment_error: { code: "card_declined" } })
    expect(fake.state.paymentIntents.get(payment_intent!.id)?.status).toBe("requires_payment_method")
  })

  it("holds a manual capture, captures it, refunds it once", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 2000, currency: "eur", capture_method: "manual" })
    expect(fake.confirmIntent(intent.id, "pm_card_visa")).toMatchObject({ status: "requires_capture", amount_capturable: 2000 })

    expect(await stripe.paymentIntents.capture(intent.id)).toMatchObject({ status: "succeeded", amount_received: 2000 })
    await stripe.refunds.create({ payment_intent: intent.id, amount: 500 })
    await stripe.refunds.create({ payment_intent: intent.id })
    await expect(stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({ code: "charge_already_refunded" })
    expect([...fake.state.refunds.values()].map((r) => r.amount)).toEqual([500, 1500])
  })

  it("saves the card on the customer when the shopper confirms with setup_future_usage", async () => {
    const customer = await stripe.customers.create({})
    const intent = await stripe.paymentIntents.create({ amount: 100, currency: "eur", customer: customer.id, setup_future_usage: "off_session" })
    const confirmed = fake.confirmIntent(intent.id, "pm_card_visa")

    const saved = await stripe.customers.listPaymentMethods(customer.id)
    expect(saved.data.map((m) => m.id)).toEqual([confirmed.payment_method])
    const reused = await stripe.paymentIntents.create({
      amount: 100,
      currency: "eur",
      customer: customer.id,
      payment_method: confirmed.payment_method!,
      off_session: true,
      confirm: true,
    })
    expect(reused.status).toBe("succeeded")
  })

  it("signs webhooks the way stripe.webhooks.constructEvent verifies them", () => {
    const hook = signedWebhook("payment_intent.succeeded", { id: "pi_1", object: "payment_intent" }, "whsec_test")
    const event = stripe.webhooks.constructEvent(hook.payload, hook.headers["stripe-signature"], "whsec_test")
    expect(event).toMatchObject({ id: hook.event.id, type: "payment_intent.succeeded" })
  })
})
