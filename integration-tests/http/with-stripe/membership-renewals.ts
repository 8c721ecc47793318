import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { createStripeClient } from "../../../src/lib/stripe/client"
import { MEMBERSHIP_MODULE, type MembershipModuleService, DAY_MS } from "../../../src/modules/membership"
import { processDueMemberships } from "../../../src/workflows/membership"
import { fakeStripe, signedWebhook } from "../../fake-stripe"
import { adminHeaders } from "../../helpers/auth"
import { checkout } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { captureOrderPayment, createMembershipStore } from "../../helpers/membership"
import type { StoreFixture } from "../../helpers/store-fixture"
import { STRIPE_PROVIDER_ID, STRIPE_WEBHOOK_SECRET } from "../../medusa-config"

const after = (date: string | Date, days: number) => new Date(new Date(date).getTime() + days * DAY_MS)

export const membershipRenewalsSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("membership renewals", () => {
    let admin: { headers: Record<string, string> }
    let store: StoreFixture
    let shopper: CustomerSession
    let plan: { id: string; variant_id: string }

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const me = async () => (await api.get("/store/membership/me", { headers: shopper.headers })).data.membership
    const types = (membership: { events: { type: string }[] }) => membership.events.map((event) => event.type)
    const run = (at: Date) => processDueMemberships(getContainer(), at)
    const postWebhook = (payload: string, headers: Record<string, string>) =>
      api.post("/hooks/membership/stripe", payload, { headers: { "content-type": "application/json", ...headers } })

    beforeEach(async () => {
      fakeStripe.reset()
      admin = await adminHeaders(api, getContainer())
      store = await createMembershipStore(getContainer(), [STRIPE_PROVIDER_ID])
      shopper = await registerCustomer(api, store.publishableKey, { email: "member@membership.test" })
      plan = (
        await api.post(
          "/admin/membership/plans",
          { name: "PLUS", interval: "day", interval_count: 30, grace_days: 2, dunning_offsets: [1, 3], prices: [{ currency_code: "eur", amount: 30 }] },
          admin
        )
      ).data.plan
    })

    /** A checkout that saves the card for later, then the merchant captures the payment. */
    async function buyWithCard(card = "pm_card_visa") {
      const { order } = await checkout(api, {
        headers: shopper.headers,
        regionId: store.regions.eur.id,
        items: [{ variant_id: plan.variant_id }],
        providerId: STRIPE_PROVIDER_ID,
        paymentData: { setup_future_usage: "off_session" },
        confirm: (session) => fakeStripe.confirmIntent(String(session.data.id), card),
      })
      await captureOrderPayment(api, admin, getContainer(), order.id)
      return me()
    }

    /** The shopper replaces the saved card (as in a customer portal): a new card on their Stripe customer. */
    async function switchCard(card: string) {
      const [member] = await memberships().listMemberships({})
      const saved = fakeStripe.state.paymentMethods.get(member.payment_method_id!)!
      const stripe = createStripeClient({ apiKey: "sk_test_fake", httpClient: fakeStripe.httpClient })
      const attached = await stripe.paymentMethods.attach(card, { customer: String(saved.customer) })
      await memberships().updateMemberships({ id: member.id, payment_method_id: attached.id })
      return attached.id
    }

    it("renews off-session with the saved card, under the membership's idempotency key", async () => {
      const bought = await buyWithCard()
      const [member] = await memberships().listMemberships({})
      expect(member).toMatchObject({ payment_provider_id: STRIPE_PROVIDER_ID, payment_method_id: expect.stringMatching(/^pm_/) })

      const [first, second] = await Promise.all([run(after(bought.current_period_end, 0.01)), run(after(bought.current_period_end, 0.01))])
      expect(first.renewed + second.renewed).toBe(1)

      const renewalIntents = fakeStripe.intentCreations().filter((request) => String(request.params.off_session) === "true")
      expect(renewalIntents).toHaveLength(1)
      expect(renewalIntents[0].idempotencyKey).toBe(
        `membership:${member.id}:period:${new Date(bought.current_period_end).toISOString()}:attempt:1`
      )
      expect(renewalIntents[0].params).toMatchObject({ payment_method: member.payment_method_id, capture_method: "manual" })
      expect(Number(renewalIntents[0].params.amount)).toBe(3000)
      const [charge] = await memberships().listMembershipCharges({})
      const intent = [...fakeStripe.state.paymentIntents.values()].find(
        (candidate) => (candidate.metadata as Record<string, string>)?.membership_charge_id === charge.id
      )
      expect(intent).toMatchObject({ status: "succeeded", amount_received: 3000 })
      expect(await me()).toMatchObject({ status: "active", current_period_start: bought.current_period_end })
    })

    it("goes past due on a declined renewal and back to active when a retry succeeds", async () => {
      const bought = await buyWithCard()
      await switchCard("pm_card_chargeCustomerFail")
      const due = bought.current_period_end

      expect(await run(after(due, 0.01))).toMatchObject({ charged: 1, failed: 1 })
      const pastDue = await me()
      expect(pastDue).toMatchObject({ status: "past_due", failed_attempts: 1, next_charge_at: after(due, 1).toISOString() })
      expect(pastDue.events[0].cause).toMatch(/declined/)

      expect(await run(after(due, 0.5))).toMatchObject({ charged: 0 })
      await switchCard("pm_card_visa")
      expect(await run(after(due, 1.01))).toMatchObject({ charged: 1, renewed: 1 })
      const recovered = await me()
      expect(recovered).toMatchObject({ status: "active", failed_attempts: 0, current_period_start: due })
      expect(new Date(recovered.current_period_end).getTime()).toBe(after(due, 30).getTime())
      expect(types(recovered)).toEqual(["renewed", "payment_failed", "activated"])
      const keys = (await memberships().listMembershipCharges({}, { order: { attempt: "ASC" } })).map((charge) => [charge.attempt, charge.status])
      expect(keys).toEqual([
        [1, "failed"],
        [2, "succeeded"],
      ])
    })

    it("expires once every retry has failed and the grace period is over", async () => {
      const bought = await buyWithCard()
      await switchCard("pm_card_chargeCustomerFail")
      const due = bought.current_period_end

      await run(after(due, 0.01))
      await run(after(due, 1.01))
      expect(await run(after(due, 3.01))).toMatchObject({ failed: 1 })
      const exhausted = await me()
      expect(exhausted).toMatchObject({ status: "past_due", failed_attempts: 3, next_charge_at: null })

      expect(await run(after(due, 3.02))).toMatchObject({ charged: 0, expired: 1 })
      const expired = await me()
      expect(expired.status).toBe("expired")
      expect(types(expired)).toEqual(["expired", "payment_failed", "payment_failed", "payment_failed", "activated"])
      expect(await memberships().listMembershipCharges({})).toHaveLength(3)
      expect(await run(after(due, 40))).toMatchObject({ seen: 0 })
    })

    it("lets a past-due member save a new card, and retries the renewal with it", async () => {
      const bought = await buyWithCard()
      await switchCard("pm_card_chargeCustomerFail")
      await run(after(bought.current_period_end, 0.01))
      expect(await me()).toMatchObject({ status: "past_due", failed_attempts: 1 })

      const { data: started } = await api.post("/store/membership/me/payment-method/setup", {}, { headers: shopper.headers })
      expect(started.setup).toMatchObject({ id: expect.stringMatching(/^seti_/), client_secret: expect.any(String), provider_id: STRIPE_PROVIDER_ID })
      const unknownProvider: [string, Record<string, string>][] = [
        ["/store/membership/me/payment-method/setup", { provider_id: "pp_unknown_stripe" }],
        ["/store/membership/me/payment-method", { provider_id: "pp_unknown_stripe", payment_method_id: "pm_card_visa" }],
      ]
      for (const [route, body] of unknownProvider) {
        const unknown = await failure(api.post(route, body, { headers: shopper.headers }))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toBe("provider_id: pp_unknown_stripe is not an enabled payment provider")
      }
      const [member] = await memberships().listMemberships({})
      const customer = String(fakeStripe.state.paymentMethods.get(member.payment_method_id!)!.customer)
      // What Stripe.js's confirmCardSetup leaves behind: the card attached to the member's Stripe customer.
      const stripe = createStripeClient({ apiKey: "sk_test_fake", httpClient: fakeStripe.httpClient })
      const card = await stripe.paymentMethods.attach("pm_card_visa", { customer })
      const someoneElse = await stripe.customers.create({ email: "someone@else.test" })
      const strangersCard = await stripe.paymentMethods.attach("pm_card_mastercard", { customer: someoneElse.id })

      const foreign = await failure(
        api.post("/store/membership/me/payment-method", { payment_method_id: strangersCard.id }, { headers: shopper.headers })
      )
      expect(foreign.status).toBe(400)
      expect(foreign.data.message).toMatch(/is not saved for you/)
      const bad = await failure(api.post("/store/membership/me/payment-method", { payment_method_id: "" }, { headers: shopper.headers }))
      expect(bad.status).toBe(400)

      const { data } = await api.post("/store/membership/me/payment-method", { payment_method_id: card.id }, { headers: shopper.headers })
      expect(data.membership.events).toContainEqual(
        expect.objectContaining({ type: "payment_method_updated", actor: "customer", cause: expect.stringMatching(/retried/) })
      )
      expect(await run(after(bought.current_period_end, 0.02))).toMatchObject({ charged: 1, renewed: 1 })
      expect(await me()).toMatchObject({ status: "active", current_period_start: bought.current_period_end })
    })

    describe("POST /hooks/membership/stripe", () => {
      it("refuses a bad or stale signature with a 400 and changes nothing", async () => {
        await buyWithCard()
        const [member] = await memberships().listMemberships({})
        const object = { id: member.payment_method_id, object: "payment_method" }

        const forged = signedWebhook("payment_method.detached", object, "whsec_someone_else")
        expect((await failure(postWebhook(forged.payload, forged.headers))).status).toBe(400)
        const stale = signedWebhook("payment_method.detached", object, STRIPE_WEBHOOK_SECRET, undefined, Math.floor(Date.now() / 1000) - 3600)
        expect((await failure(postWebhook(stale.payload, stale.headers))).status).toBe(400)
        const tampered = signedWebhook("payment_method.detached", object, STRIPE_WEBHOOK_SECRET)
        expect((await failure(postWebhook(tampered.payload.replace("detached", "updated"), tampered.headers))).status).toBe(400)

        expect(await memberships().listWebhookEvents({})).toEqual([])
        expect((await memberships().retrieveMembership(member.id)).payment_method_id).toBe(member.payment_method_id)
      })

      it("forgets a detached card once, however often the event is delivered", async () => {
        await buyWithCard()
        const [member] = await memberships().listMemberships({})
        const event = signedWebhook("payment_method.detached", { id: member.payment_method_id, object: "payment_method" }, STRIPE_WEBHOOK_SECRET)

        const first = await postWebhook(event.payload, event.headers)
        expect(first.data).toEqual({ received: true, duplicate: false })
        const again = await postWebhook(event.payload, event.headers)
        expect(again.data).toEqual({ received: true, duplicate: true })

        expect((await memberships().retrieveMembership(member.id)).payment_method_id).toBeNull()
        expect(types(await me())).toEqual(["payment_method_removed", "activated"])
      })

      it("records an updated card", async () => {
        await buyWithCard()
        const [member] = await memberships().listMemberships({})
        const card = { brand: "visa", last4: "4242", exp_month: 12, exp_year: 2031 }
        const event = signedWebhook("payment_method.updated", { id: member.payment_method_id, object: "payment_method", card }, STRIPE_WEBHOOK_SECRET)
        await postWebhook(event.payload, event.headers)
        expect((await me()).events[0]).toMatchObject({ type: "payment_method_updated", actor: "webhook", data: expect.objectContaining(card) })
      })

      it("ends a canceled membership when its renewal fails late, and charges nothing more", async () => {
        const bought = await buyWithCard()
        await run(after(bought.current_period_end, 0.01))
        await api.post("/store/membership/me/cancel", {}, { headers: shopper.headers })
        const [charge] = await memberships().listMembershipCharges({})
        const intent = { id: "pi_late", object: "payment_intent", metadata: { membership_charge_id: charge.id }, last_payment_error: { message: "Debit returned." } }
        const failed = signedWebhook("payment_intent.payment_failed", intent, STRIPE_WEBHOOK_SECRET)
        await postWebhook(failed.payload, failed.headers)

        expect(await me()).toMatchObject({ status: "expired", next_charge_at: null, current_period_end: bought.current_period_end })
        expect(await run(after(bought.current_period_end, 5))).toMatchObject({ charged: 0 })
      })

      it("takes a renewal back when its payment fails after it was accepted", async () => {
        const bought = await buyWithCard()
        await run(after(bought.current_period_end, 0.01))
        const [charge] = await memberships().listMembershipCharges({})
        const intent = { id: "pi_late", object: "payment_intent", metadata: { membership_charge_id: charge.id }, last_payment_error: { message: "The bank returned the debit." } }
        const failed = signedWebhook("payment_intent.payment_failed", intent, STRIPE_WEBHOOK_SECRET)
        await postWebhook(failed.payload, failed.headers)

        const reverted = await me()
        expect(reverted).toMatchObject({
          status: "past_due",
          current_period_start: bought.current_period_start,
          current_period_end: bought.current_period_end,
          failed_attempts: 1,
        })
        // (The renewal ran on the test's future clock; the webhook arrives on the real one.)
        const late = reverted.events.find((event: { type: string }) => event.type === "payment_failed")
        expect(late).toMatchObject({ actor: "webhook", cause: expect.stringMatching(/bank returned the debit/) })
        expect((await memberships().retrieveMembershipCharge(charge.id)).status).toBe("failed")
        expect(await memberships().listMembershipPeriods({ order_id: charge.order_id })).toEqual([])
      })
    })
  })
