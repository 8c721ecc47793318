import {
  chargeFailedTransition,
  type MembershipState,
  type PlanForLifecycle,
  prepaidSwitchTransition,
  purchaseTransition,
  renewedTransition,
} from "../utils/lifecycle"

const plan: PlanForLifecycle = { id: "plan", interval: "month", interval_count: 1, trial_days: 7, grace_days: 7, dunning_offsets: [1, 3, 5] }
const now = new Date("2026-03-10T00:00:00Z")
const state = (overrides: Partial<MembershipState>): MembershipState => ({
  id: "m",
  plan_id: "plan",
  next_plan_id: null,
  status: "active",
  current_period_start: new Date("2026-03-01T00:00:00Z"),
  current_period_end: new Date("2026-04-01T00:00:00Z"),
  trial_ends_at: null,
  next_charge_at: new Date("2026-04-01T00:00:00Z"),
  failed_attempts: 0,
  past_due_since: null,
  canceled_at: null,
  ended_at: null,
  ...overrides,
})

describe("membership lifecycle", () => {
  it("starts a trial or a paid period for a new member", () => {
    expect(purchaseTransition(null, plan, { now, trial: true, orderId: "o" }).update).toMatchObject({
      status: "trialing",
      current_period_end: new Date("2026-03-17T00:00:00Z"),
    })
    expect(purchaseTransition(null, plan, { now, trial: false, orderId: "o" }).update).toMatchObject({
      status: "active",
      current_period_end: new Date("2026-04-10T00:00:00Z"),
    })
  })

  it("extends the same plan and schedules another one after the paid time", () => {
    expect(purchaseTransition(state({}), plan, { now, trial: false, orderId: "o" }).update.current_period_end).toEqual(
      new Date("2026-05-01T00:00:00Z")
    )
    const other = { ...plan, id: "annual", interval: "year" as const }
    const switched = purchaseTransition(state({}), other, { now, trial: false, orderId: "o" })
    expect(switched.update).toEqual({ next_plan_id: "annual", next_charge_at: new Date("2027-04-01T00:00:00Z") })
    expect(switched.period?.starts_at).toEqual(new Date("2026-04-01T00:00:00Z"))
  })

  it("starts another plan at once when the current period is unpaid, and switches to a prepaid plan for its full length", async () => {
    const annual = { ...plan, id: "annual", interval: "year" as const }
    const rescue = purchaseTransition(state({ status: "past_due", failed_attempts: 2 }), annual, { now, trial: false, orderId: "o" })
    expect(rescue.update).toMatchObject({ plan_id: "annual", status: "active", current_period_start: now, failed_attempts: 0 })
    expect(rescue.period).toEqual({ starts_at: now, ends_at: new Date("2027-03-10T00:00:00Z"), plan_id: "annual" })

    const due = new Date("2026-04-11T00:00:00Z")
    const switched = prepaidSwitchTransition(state({ next_plan_id: "annual", status: "canceled" }), annual, due, 365 * 24 * 3600 * 1000)
    expect(switched.update).toMatchObject({ plan_id: "annual", status: "canceled", current_period_end: new Date("2027-04-11T00:00:00Z"), next_charge_at: null })
  })

  it("walks the dunning schedule, then returns to active from the due date when a retry succeeds", () => {
    const due = new Date("2026-04-01T00:00:00Z")
    const first = chargeFailedTransition(state({}), plan, { dueAt: due, now: due, reason: "declined" })
    expect(first.update).toMatchObject({ status: "past_due", failed_attempts: 1, next_charge_at: new Date("2026-04-02T00:00:00Z") })
    const last = chargeFailedTransition(state({ status: "past_due", failed_attempts: 2 }), plan, { dueAt: due, now, reason: "declined" })
    expect(last.update).toMatchObject({ failed_attempts: 3, next_charge_at: new Date("2026-04-06T00:00:00Z") })
    const exhausted = chargeFailedTransition(state({ status: "past_due", failed_attempts: 3 }), plan, { dueAt: due, now, reason: "declined" })
    expect(exhausted.update.next_charge_at).toBeNull()

    const recovered = renewedTransition(state({ status: "past_due", failed_attempts: 2 }), plan, due, "o2")
    expect(recovered.update).toMatchObject({
      status: "active",
      failed_attempts: 0,
      current_period_start: due,
      current_period_end: new Date("2026-05-01T00:00:00Z"),
    })
  })
})
