import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBERSHIP_MODULE } from ".."
import type MembershipModuleService from "../service"

jest.setTimeout(60_000)

const terms = { dunning_offsets: [1, 3, 5] as unknown as Record<string, unknown> }

moduleIntegrationTestRunner<MembershipModuleService>({
  moduleName: MEMBERSHIP_MODULE,
  resolve: "./src/modules/membership",
  testSuite: ({ service }) => {
    describe("membership plans", () => {
      it("creates an active monthly plan by default", async () => {
        const plan = await service.createMembershipPlans({ name: "PLUS Annual", handle: "plus-annual", ...terms })
        expect(plan).toMatchObject({
          id: expect.stringMatching(/^mplan_/),
          status: "active",
          description: null,
          interval: "month",
          interval_count: 1,
          trial_days: 0,
          refund_policy: "prorated",
          dunning_offsets: [1, 3, 5],
        })
      })

      it("refuses a second live plan with the same handle", async () => {
        await service.createMembershipPlans({ name: "PLUS", handle: "plus", ...terms })
        await expect(service.createMembershipPlans({ name: "PLUS again", handle: "plus", ...terms })).rejects.toThrow(
          /already exists/
        )
        expect(await service.listMembershipPlans({ handle: "plus" })).toHaveLength(1)
      })

      it("frees the handle of a deleted plan", async () => {
        const plan = await service.createMembershipPlans({ name: "Old", handle: "reused", ...terms })
        await service.softDeleteMembershipPlans(plan.id)
        await expect(service.createMembershipPlans({ name: "New", handle: "reused", ...terms })).resolves.toMatchObject({
          name: "New",
        })
      })

      it("searches plans by name", async () => {
        await service.createMembershipPlans([
          { name: "PLUS Annual", handle: "a", ...terms },
          { name: "Prime Monthly", handle: "b", ...terms },
        ])
        const [found, count] = await service.listAndCountMembershipPlans({ q: "prime" })
        expect(count).toBe(1)
        expect(found[0].name).toBe("Prime Monthly")
      })
    })

    describe("what makes money movements count once", () => {
      const start = new Date("2026-01-01T00:00:00Z")
      const end = new Date("2026-02-01T00:00:00Z")

      async function member(customerId = "cus_1") {
        const plan = await service.createMembershipPlans({ name: `P ${customerId}`, handle: `p-${customerId}`, ...terms })
        return service.createMemberships({
          customer_id: customerId,
          plan_id: plan.id,
          status: "active",
          current_period_start: start,
          current_period_end: end,
        })
      }

      it("one live membership per customer", async () => {
        const first = await member()
        await expect(
          service.createMemberships({ customer_id: "cus_1", plan_id: first.plan_id, status: "active", current_period_start: start, current_period_end: end })
        ).rejects.toThrow()
      })

      it("an order grants one period, a renewal attempt is charged once, a webhook event is handled once", async () => {
        const membership = await member()
        const period = { membership_id: membership.id, source: "purchase" as const, plan_id: membership.plan_id, starts_at: start, ends_at: end, amount: 10 }
        await service.createMembershipPeriods({ ...period, order_id: "order_1" })
        await expect(service.createMembershipPeriods({ ...period, order_id: "order_1" })).rejects.toThrow()
        await service.createMembershipPeriods({ ...period, source: "manual", order_id: null })
        await service.createMembershipPeriods({ ...period, source: "manual", order_id: null })

        const charge = { membership_id: membership.id, idempotency_key: "membership:m:period:p:attempt:1", due_at: end, attempt: 1, plan_id: membership.plan_id }
        await service.createMembershipCharges(charge)
        await expect(service.createMembershipCharges(charge)).rejects.toThrow()

        await service.createWebhookEvents({ provider: "stripe", event_id: "evt_1", type: "x", received_at: start })
        await expect(service.createWebhookEvents({ provider: "stripe", event_id: "evt_1", type: "x", received_at: start })).rejects.toThrow()
      })

      it("applies a transition atomically and reverts it exactly", async () => {
        const membership = await member()
        const applied = await service.applyTransition({
          membership_id: membership.id,
          transition: {
            update: { status: "past_due", failed_attempts: 1, next_charge_at: new Date("2026-02-02T00:00:00Z") },
            event: { type: "payment_failed", cause: "declined" },
          },
          actor: "system",
          occurred_at: end,
        })
        expect(await service.retrieveMembership(membership.id)).toMatchObject({ status: "past_due", failed_attempts: 1 })
        expect(await service.listMembershipEvents({ membership_id: membership.id })).toHaveLength(1)

        await service.revertTransition(applied)
        expect(await service.retrieveMembership(membership.id)).toMatchObject({ status: "active", failed_attempts: 0, next_charge_at: null })
        expect(await service.listMembershipEvents({ membership_id: membership.id })).toHaveLength(0)
      })

      it("writes nothing when a transition's period collides with one already granted", async () => {
        const membership = await member()
        await service.createMembershipPeriods({ membership_id: membership.id, source: "purchase", plan_id: membership.plan_id, starts_at: start, ends_at: end, amount: 10, order_id: "order_1" })
        await expect(
          service.applyTransition({
            membership_id: membership.id,
            transition: {
              update: { current_period_end: new Date("2026-03-01T00:00:00Z") },
              event: { type: "extended", cause: "bought again" },
              period: { starts_at: end, ends_at: new Date("2026-03-01T00:00:00Z"), plan_id: membership.plan_id },
            },
            actor: "customer",
            occurred_at: start,
            period: { source: "purchase", order_id: "order_1", amount: 10 },
          })
        ).rejects.toThrow()
        expect((await service.retrieveMembership(membership.id)).current_period_end).toEqual(end)
        expect(await service.listMembershipEvents({ membership_id: membership.id })).toHaveLength(0)
      })
    })
  },
})
