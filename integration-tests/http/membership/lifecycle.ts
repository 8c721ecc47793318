import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCartWorkflow, createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { waitSubscribersExecution } from "@medusajs/test-utils/dist/events"
import { MEMBERSHIP_MODULE, type MembershipModuleService, DAY_MS } from "../../../src/modules/membership"
import { processDueMemberships } from "../../../src/workflows/membership"
import { RENEWAL_METADATA_KEY } from "../../../src/workflows/membership/utils/charge-renewal"
import { serverCheckout } from "../../../src/workflows/common/steps/server-checkout"
import { adminHeaders } from "../../helpers/auth"
import { checkout, completeCart, createCart } from "../../helpers/checkout"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { captureOrderPayment, createMembershipStore } from "../../helpers/membership"
import type { StoreFixture } from "../../helpers/store-fixture"

const prices = [
  { currency_code: "eur", amount: 30 },
  { currency_code: "usd", amount: 33 },
]

export const lifecycleSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("lifecycle", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let shopper: CustomerSession
    let asShopper: { headers: Record<string, string> }
    let store: StoreFixture

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const createPlan = async (body: Record<string, unknown>) =>
      (await api.post("/admin/membership/plans", { name: "PLUS", interval: "day", interval_count: 30, prices, ...body }, admin)).data.plan
    const me = async () => (await api.get("/store/membership/me", asShopper)).data.membership
    const adminMembership = async (id: string) => (await api.get(`/admin/membership/memberships/${id}`, admin)).data.membership

    /**
     * Buys the plan in a full checkout (without a payment session when there is nothing to pay,
     * as for a trial) and captures the payment, as a merchant or provider would.
     */
    async function buy(plan: { variant_id: string }) {
      // A free trial has no payment to capture: its order.placed subscribers grant it.
      const placed = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
      const { order } = await checkout(api, {
        headers: shopper.headers,
        regionId: store.regions.eur.id,
        items: [{ variant_id: plan.variant_id, quantity: 1 }],
        providerId: "pp_system_default",
        skipPaymentIfFree: true,
      })
      await placed
      await captureOrderPayment(api, admin, getContainer(), order.id)
      return order
    }

    const run = (at: Date) => processDueMemberships(getContainer(), at)
    const after = (date: string | Date, days: number) => new Date(new Date(date).getTime() + days * DAY_MS)

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      store = await createMembershipStore(getContainer())
      shopper = await registerCustomer(api, store.publishableKey, { email: "member@example.com" })
      asShopper = { headers: shopper.headers }
    })

    it("renews at the end of the period with a new order, exactly once", async () => {
      const plan = await createPlan({})
      await buy(plan)
      const bought = await me()
      expect(bought).toMatchObject({ status: "active", plan: { id: plan.id } })
      expect(bought.next_charge).toMatchObject({ amount: 30, currency_code: "eur", at: bought.current_period_end })

      expect(await run(after(bought.current_period_end, -1))).toMatchObject({ charged: 0 })
      expect(await run(after(bought.current_period_end, 0.01))).toMatchObject({ charged: 1, renewed: 1 })
      expect(await run(after(bought.current_period_end, 0.02))).toMatchObject({ charged: 0 })

      const renewed = await me()
      expect(renewed.status).toBe("active")
      expect(renewed.current_period_start).toBe(bought.current_period_end)
      expect(new Date(renewed.current_period_end).getTime() - new Date(bought.current_period_end).getTime()).toBe(30 * DAY_MS)
      expect(renewed.events.map((event: { type: string }) => event.type)).toEqual(["renewed", "activated"])

      const [charge] = await memberships().listMembershipCharges({})
      expect(charge).toMatchObject({ status: "succeeded", attempt: 1, order_id: expect.any(String) })
      const { data } = await api.get(`/admin/orders/${charge.order_id}?fields=customer_id,total`, admin)
      expect(data.order).toMatchObject({ customer_id: expect.any(String), total: 30 })
    })

    it("charges once when two renewal runs race", async () => {
      const plan = await createPlan({})
      await buy(plan)
      const { current_period_end } = await me()
      const at = after(current_period_end, 0.01)
      const [first, second] = await Promise.all([run(at), run(at)])
      expect(first.charged + second.charged).toBe(1)
      expect(await memberships().listMembershipCharges({})).toHaveLength(1)
      const { data } = await api.get("/admin/orders?fields=id", admin)
      expect(data.count).toBe(2)
    })

    describe("an attempt a worker claimed and then died on (found pending under the membership's lease)", () => {
      /** The attempt row a worker inserted before it died, as `claim-membership-renewal` inserts it. */
      async function claimedAttempt() {
        const plan = await createPlan({})
        await buy(plan)
        const member = await memberships().retrieveMembership((await me()).id)
        const dueAt = new Date(member.current_period_end)
        const charge = await memberships().createMembershipCharges({
          membership_id: member.id,
          idempotency_key: `membership:${member.id}:period:${dueAt.toISOString()}:attempt:1`,
          due_at: dueAt,
          attempt: 1,
          plan_id: plan.id,
        })
        const cart = {
          customer_id: member.customer_id,
          email: member.email,
          region_id: member.region_id,
          currency_code: member.currency_code,
          sales_channel_id: member.sales_channel_id,
          variant_id: plan.variant_id,
          metadata: { [RENEWAL_METADATA_KEY]: charge.id, membership_id: member.id },
        }
        return { member, charge, cart, at: after(dueAt, 0.01) }
      }
      const recordCart = async (chargeId: string, cartId: string) => {
        await memberships().updateMembershipCharges({ id: chargeId, cart_id: cartId })
      }
      const orderCount = async () => (await api.get("/admin/orders?fields=id", admin)).data.count
      const paymentsOfCart = async (cartId: string) => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "cart",
            fields: ["payment_collection.payment_sessions.id", "payment_collection.payments.id", "payment_collection.payments.captured_at"],
            filters: { id: cartId },
          })
        const collection = (data[0] as { payment_collection: { payment_sessions: unknown[]; payments: { captured_at: unknown }[] } }).payment_collection
        return { sessions: collection.payment_sessions.length, payments: collection.payments.map((payment) => Boolean(payment.captured_at)) }
      }
      const expectRenewedOnce = async (chargeId: string) => {
        expect(await me()).toMatchObject({ status: "active", failed_attempts: 0 })
        const attempts = await memberships().listMembershipCharges({})
        expect(attempts.map((row) => [row.id, row.attempt, row.status])).toEqual([[chargeId, 1, "succeeded"]])
        expect(await orderCount()).toBe(2)
        return attempts[0]
      }

      it("charges it, once and without dunning, when it died before charging", async () => {
        const { charge, at } = await claimedAttempt()
        expect(await run(at)).toMatchObject({ charged: 1, renewed: 1, failed: 0 })
        await expectRenewedOnce(charge.id)
        expect(await run(after(at, 0.01))).toMatchObject({ charged: 0 })
      })

      it("completes the cart it left with its payment session instead of asking the provider again", async () => {
        const { charge, cart, at } = await claimedAttempt()
        const { variant_id, customer_id, metadata } = cart
        const { result: left } = await createCartWorkflow(getContainer()).run({
          input: { customer_id, metadata, region_id: cart.region_id ?? undefined, items: [{ variant_id, quantity: 1 }] },
        })
        await recordCart(charge.id, left.id)
        const { result: collection } = await createPaymentCollectionForCartWorkflow(getContainer()).run({ input: { cart_id: left.id } })
        await createPaymentSessionsWorkflow(getContainer()).run({
          input: { payment_collection_id: collection.id, provider_id: "pp_system_default", context: { idempotency_key: charge.idempotency_key } },
        })

        expect(await run(at)).toMatchObject({ charged: 1, renewed: 1, failed: 0 })
        const renewal = await expectRenewedOnce(charge.id)
        expect(renewal.cart_id).toBe(left.id)
        expect(await paymentsOfCart(left.id)).toEqual({ sessions: 1, payments: [true] })
      })

      it("captures and applies the order it placed before it died", async () => {
        const { charge, cart, at } = await claimedAttempt()
        const placed = await serverCheckout(getContainer(), {
          ...cart,
          payment: { provider_id: "pp_system_default" },
          onCart: (cartId) => recordCart(charge.id, cartId),
        })
        expect(await paymentsOfCart(placed.cart_id)).toEqual({ sessions: 1, payments: [false] })

        expect(await run(at)).toMatchObject({ charged: 1, renewed: 1, failed: 0 })
        const renewal = await expectRenewedOnce(charge.id)
        expect(renewal).toMatchObject({ cart_id: placed.cart_id, order_id: placed.order_id })
        expect(await paymentsOfCart(placed.cart_id)).toEqual({ sessions: 1, payments: [true] })
      })

      it("applies the failure it recorded but did not apply", async () => {
        const { charge, at } = await claimedAttempt()
        await memberships().updateMembershipCharges({ id: charge.id, status: "failed", error: "card declined" })
        expect(await run(at)).toMatchObject({ charged: 0, failed: 1 })
        expect(await me()).toMatchObject({ status: "past_due", failed_attempts: 1 })
        expect(await run(after(at, 1))).toMatchObject({ charged: 1, renewed: 1 })
        const attempts = await memberships().listMembershipCharges({}, { order: { attempt: "ASC" } })
        expect(attempts.map((row) => [row.attempt, row.status])).toEqual([
          [1, "failed"],
          [2, "succeeded"],
        ])
      })
    })

    it("starts a trial for nothing and charges the first period when it ends", async () => {
      const plan = await createPlan({ trial_days: 7 })
      const listed = (await api.get("/store/membership/plans?currency_code=eur", asShopper)).data.plans
      expect(listed[0].price).toEqual({ amount: 0, currency_code: "eur", trial: true })

      const order = await buy(plan)
      expect(Number(order.total)).toBe(0)
      const trialing = await me()
      expect(trialing).toMatchObject({ status: "trialing", trial_ends_at: trialing.current_period_end })
      expect(new Date(trialing.current_period_end).getTime() - new Date(trialing.current_period_start).getTime()).toBe(7 * DAY_MS)
      expect(trialing.next_charge).toMatchObject({ amount: 30 })

      expect(await run(after(trialing.current_period_end, 0.01))).toMatchObject({ renewed: 1 })
      expect(await me()).toMatchObject({ status: "active", current_period_start: trialing.current_period_end })
    })

    it("gives the free trial once, even to a shopper who put the plan in two carts", async () => {
      const plan = await createPlan({ trial_days: 7 })
      const items = [{ variant_id: plan.variant_id, quantity: 1 }]
      const first = await createCart(api, { headers: shopper.headers, regionId: store.regions.eur.id, items })
      const second = await createCart(api, { headers: shopper.headers, regionId: store.regions.eur.id, items })
      expect([Number(first.total), Number(second.total)]).toEqual([0, 0])

      const placed = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
      expect((await completeCart(api, first.id, shopper.headers)).type).toBe("order")
      await placed
      const refused = await completeCart(api, second.id, shopper.headers)
      expect(refused.message).toMatch(/free trial .* has been used already/)
      const member = await me()
      expect(member.status).toBe("trialing")
      expect(new Date(member.current_period_end).getTime() - new Date(member.current_period_start).getTime()).toBe(7 * DAY_MS)
    })

    it("keeps a plan bought ahead through auto-renew off, and refuses a second one", async () => {
      const monthly = await createPlan({})
      const annual = await createPlan({ name: "PLUS Annual", interval: "year", interval_count: 1 })
      await buy(monthly)
      await buy(annual)
      const third = await createPlan({ name: "PLUS Weekly", interval_count: 7 })
      const refused = await failure(
        createCart(api, { headers: shopper.headers, regionId: store.regions.eur.id, items: [{ variant_id: third.variant_id, quantity: 1 }] })
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/already bought the plan that follows/)

      const { current_period_end } = (await api.post("/store/membership/me/cancel", {}, asShopper)).data.membership
      expect(await run(after(current_period_end, 0.01))).toMatchObject({ charged: 0, switched: 1 })
      const switched = await me()
      expect(switched).toMatchObject({ status: "canceled", plan: { id: annual.id }, current_period_start: current_period_end })
      expect(new Date(switched.current_period_end).getTime()).toBe(
        new Date(new Date(current_period_end).setUTCFullYear(new Date(current_period_end).getUTCFullYear() + 1)).getTime()
      )
      expect(await run(after(switched.current_period_end, 0.01))).toMatchObject({ charged: 0, expired: 1 })
      expect(await memberships().listMembershipCharges({})).toHaveLength(0)
    })

    it("does not renew after auto-renew is turned off, and ends with the period", async () => {
      const plan = await createPlan({})
      await buy(plan)
      const canceled = (await api.post("/store/membership/me/cancel", {}, asShopper)).data.membership
      expect(canceled).toMatchObject({ status: "canceled", next_charge_at: null })

      const resumed = (await api.post("/store/membership/me/resume", {}, asShopper)).data.membership
      expect(resumed).toMatchObject({ status: "active", next_charge_at: resumed.current_period_end })
      await api.post("/store/membership/me/cancel", {}, asShopper)

      expect(await run(after(canceled.current_period_end, -0.01))).toMatchObject({ charged: 0, expired: 0 })
      expect(await run(after(canceled.current_period_end, 0.01))).toMatchObject({ charged: 0, expired: 1 })
      const ended = await me()
      expect(ended.status).toBe("expired")
      expect(ended.events.map((event: { type: string }) => event.type)).toEqual(["expired", "canceled", "resumed", "canceled", "activated"])
      expect(await memberships().listMembershipCharges({})).toHaveLength(0)
    })

    it("extends the current period when the member buys the same plan again", async () => {
      const plan = await createPlan({})
      await buy(plan)
      const first = await me()
      await buy(plan)
      const second = await me()
      expect(new Date(second.current_period_end).getTime() - new Date(first.current_period_end).getTime()).toBe(30 * DAY_MS)
      expect(second.events.map((event: { type: string }) => event.type)).toEqual(["extended", "activated"])
    })

    it("switches to another plan bought mid-period when the period ends, without charging", async () => {
      const monthly = await createPlan({})
      const annual = await createPlan({ name: "PLUS Annual", interval: "year", interval_count: 1 })
      await buy(monthly)
      await buy(annual)
      const scheduled = await me()
      expect(scheduled).toMatchObject({ plan: { id: monthly.id }, next_plan_id: annual.id })

      expect(await run(after(scheduled.current_period_end, 0.01))).toMatchObject({ charged: 0, switched: 1 })
      const switched = await me()
      expect(switched).toMatchObject({ status: "active", plan: { id: annual.id }, next_plan_id: null })
      expect(switched.current_period_start).toBe(scheduled.current_period_end)
    })

    describe("merchant cancellation with a refund", () => {
      async function paymentOf(orderId: string) {
        const { data } = await api.get(`/admin/orders/${orderId}?fields=*payment_collections.payments.refunds`, admin)
        return data.order.payment_collections[0].payments[0]
      }

      it("refunds the unused share of the period (prorated)", async () => {
        const plan = await createPlan({ refund_policy: "prorated" })
        const order = await buy(plan)
        const { id, current_period_start } = await me()
        await memberships().updateMembershipPeriods({ selector: { membership_id: id }, data: { starts_at: after(current_period_start, -15), ends_at: after(current_period_start, 15) } })

        const preview = (await api.get(`/admin/membership/memberships/${id}/refund-preview`, admin)).data
        expect(preview).toMatchObject({ policy: "prorated", currency_code: "eur" })
        expect(preview.amount).toBeCloseTo(15, 1)

        const { data } = await api.post(`/admin/membership/memberships/${id}/cancel`, { reason: "Customer asked" }, admin)
        expect(data.membership.status).toBe("expired")
        expect(data.refund).toMatchObject({ policy: "prorated", currency_code: "eur" })
        const payment = await paymentOf(order.id)
        expect(payment.refunds.map((refund: { amount: number }) => refund.amount)).toEqual([data.refund.amount])

        const again = await failure(api.post(`/admin/membership/memberships/${id}/cancel`, { reason: "twice" }, admin))
        expect(again.status).toBe(400)
        expect((await paymentOf(order.id)).refunds).toHaveLength(1)
      })

      it("also refunds the periods bought ahead, each on its own payment", async () => {
        const plan = await createPlan({ refund_policy: "prorated" })
        const firstOrder = await buy(plan)
        const secondOrder = await buy(plan)
        const { id } = await me()
        const { data } = await api.post(`/admin/membership/memberships/${id}/cancel`, { reason: "Moving abroad" }, admin)
        expect(data.refund.amount).toBeGreaterThan(59.9)
        expect(data.refund.amount).toBeLessThanOrEqual(60)
        expect((await paymentOf(secondOrder.id)).refunds.map((refund: { amount: number }) => refund.amount)).toEqual([30])
        expect((await paymentOf(firstOrder.id)).refunds).toHaveLength(1)
      })

      it("refunds the price less the benefits used (benefits_used), never below zero", async () => {
        const plan = await createPlan({ refund_policy: "benefits_used" })
        const order = await buy(plan)
        const { id, customer_id } = await me()
        await memberships().createBenefitUsages([
          { membership_id: id, customer_id, benefit_type: "free_shipping", value: 5, currency_code: "eur", used_at: new Date(), idempotency_key: "u1" },
          { membership_id: id, customer_id, benefit_type: "member_price", value: 7.5, currency_code: "eur", used_at: new Date(), idempotency_key: "u2" },
        ])
        const { data } = await api.post(`/admin/membership/memberships/${id}/cancel`, { reason: "Customer asked" }, admin)
        expect(data.refund).toEqual({ amount: 17.5, currency_code: "eur", policy: "benefits_used" })
        expect((await paymentOf(order.id)).refunds[0].amount).toBe(17.5)
      })

      it("refunds nothing under the none policy", async () => {
        const plan = await createPlan({ refund_policy: "none" })
        const order = await buy(plan)
        const { id } = await me()
        const { data } = await api.post(`/admin/membership/memberships/${id}/cancel`, { reason: "Abuse" }, admin)
        expect(data.refund).toBeNull()
        expect(data.membership.events[0]).toMatchObject({ type: "canceled", actor: "admin", cause: "Abuse; no refund" })
        expect((await paymentOf(order.id)).refunds).toEqual([])
      })
    })

    it("takes back the time an order bought when the merchant cancels (and so refunds) the order", async () => {
      const plan = await createPlan({})
      const firstOrder = await buy(plan)
      const first = await me()
      const secondOrder = await buy(plan)
      expect(new Date((await me()).current_period_end).getTime()).toBe(after(first.current_period_end, 30).getTime())

      const cancel = async (orderId: string) => {
        const done = waitSubscribersExecution("order.canceled", getContainer().resolve(Modules.EVENT_BUS))
        await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
        await done
      }
      await cancel(secondOrder.id)
      const shortened = await me()
      expect(shortened).toMatchObject({ status: "active", current_period_end: first.current_period_end })
      expect(shortened.events[0]).toMatchObject({ type: "refunded", cause: expect.stringMatching(/taken back/) })

      await cancel(firstOrder.id)
      expect(await me()).toMatchObject({ status: "expired", next_charge_at: null })
      expect(await run(after(first.current_period_end, 1))).toMatchObject({ charged: 0 })
    })

    it("extends a membership manually with a reason", async () => {
      const plan = await createPlan({})
      await buy(plan)
      const { id, current_period_end } = await me()
      const missing = await failure(api.post(`/admin/membership/memberships/${id}/extend`, { days: 10 }, admin))
      expect(missing.status).toBe(400)
      const { data } = await api.post(`/admin/membership/memberships/${id}/extend`, { days: 10, reason: "Service outage" }, admin)
      expect(new Date(data.membership.current_period_end).getTime() - new Date(current_period_end).getTime()).toBe(10 * DAY_MS)
      expect(data.membership.events[0]).toMatchObject({ type: "extended", cause: "Service outage", actor: "admin" })

      const listed = (await api.get(`/admin/membership/memberships?status=active&plan_id=${plan.id}`, admin)).data
      expect(listed).toMatchObject({ count: 1, memberships: [{ id, customer: { email: "member@example.com" } }] })
      expect(await adminMembership(id)).toMatchObject({ periods: expect.arrayContaining([expect.objectContaining({ source: "manual" })]) })
    })

    it("keeps the shopper to their own membership", async () => {
      const anonymous = await failure(api.get("/store/membership/me", store.store))
      expect(anonymous.status).toBe(401)
      expect(await me()).toBeNull()
      const none = await failure(api.post("/store/membership/me/cancel", {}, asShopper))
      expect(none.status).toBe(404)
    })
  })
