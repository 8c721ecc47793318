import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type { Knex } from "knex"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { POINTS_MODULE, type PointsModuleService } from "../../../src/modules/points"
import type { InsightsSummary, PointsTransactionType } from "../../../src/types/http"
import { adminHeaders } from "../../helpers/auth"
import { failure } from "../../helpers/http"

const at = (day: string) => new Date(`${day}T00:00:00Z`)

type Seeded = { status: string; from: string | null; on: string }

/** The event of a transition after the first, by the status it leaves. */
const EVENT_TYPE: Record<string, string> = { active: "renewed", past_due: "payment_failed", canceled: "canceled", expired: "expired" }

/**
 * A history told as memberships, each with the transitions it went through (status after each,
 * and when) and the periods it was given: what Medusa orders and the renewal job would have
 * written between December 2025 and April 2026.
 */
const HISTORY = [
  // A: monthly EUR 10, renewed every month, active throughout.
  {
    key: "a", plan: "monthly",
    events: [{ status: "active", from: null, on: "2026-01-10" }, { status: "active", from: "active", on: "2026-02-10" }, { status: "active", from: "active", on: "2026-03-10" }],
    periods: [["2026-01-10", "2026-02-10", 10, "eur"], ["2026-02-10", "2026-03-10", 10, "eur"], ["2026-03-10", "2026-04-10", 10, "eur"]],
  },
  // B: annual EUR 120, canceled in March: it runs to its period's end.
  {
    key: "b", plan: "annual",
    events: [{ status: "active", from: null, on: "2025-12-01" }, { status: "canceled", from: "active", on: "2026-03-15" }],
    periods: [["2025-12-01", "2026-12-01", 120, "eur"]],
  },
  // C: annual USD 130, a fifth refunded.
  {
    key: "c", plan: "annual",
    events: [{ status: "active", from: null, on: "2026-02-01" }],
    periods: [["2026-02-01", "2027-02-01", 130, "usd", 26]],
  },
  // D: monthly EUR 10, canceled in February, expired at its period's end in March: churned.
  {
    key: "d", plan: "monthly",
    events: [{ status: "active", from: null, on: "2026-01-05" }, { status: "active", from: "active", on: "2026-02-05" }, { status: "canceled", from: "active", on: "2026-02-20" }, { status: "expired", from: "canceled", on: "2026-03-05" }],
    periods: [["2026-01-05", "2026-02-05", 10, "eur"], ["2026-02-05", "2026-03-05", 10, "eur"]],
  },
  // E: a trial started in March, still on it.
  { key: "e", plan: "monthly", events: [{ status: "trialing", from: null, on: "2026-03-20" }], periods: [["2026-03-20", "2026-04-03", 0, "eur"]] },
  // F: monthly USD 12, joined in March.
  { key: "f", plan: "monthly", events: [{ status: "active", from: null, on: "2026-03-02" }], periods: [["2026-03-02", "2026-04-02", 12, "usd"]] },
  // G: monthly EUR 10, its March renewal declined: past due, no period running.
  {
    key: "g", plan: "monthly",
    events: [{ status: "active", from: null, on: "2026-01-15" }, { status: "active", from: "active", on: "2026-02-15" }, { status: "past_due", from: "active", on: "2026-03-15" }],
    periods: [["2026-01-15", "2026-02-15", 10, "eur"], ["2026-02-15", "2026-03-15", 10, "eur"]],
  },
  // H: a trial that ended unpaid in March: not churn, it never paid.
  {
    key: "h", plan: "monthly",
    events: [{ status: "trialing", from: null, on: "2026-02-20" }, { status: "expired", from: "trialing", on: "2026-03-06" }],
    periods: [["2026-02-20", "2026-03-06", 0, "eur"]],
  },
] as { key: string; plan: "monthly" | "annual"; events: Seeded[]; periods: [string, string, number, string, number?][] }[]

/** Benefits used: [value, given back, currency, day]. */
const USAGES: [number, number, string, string][] = [
  [5, 1, "eur", "2026-03-12"],
  [3.5, 0, "eur", "2026-02-28"],
  [2, 0, "usd", "2026-03-31T23:00:00Z"],
]

/** One customer's points: [type, amount, when]; the last one falls after the range. */
const POINTS: [string, number, string][] = [
  ["earn", 1000, "2026-02-15"],
  ["spend", -300, "2026-03-05"],
  ["expire", -100, "2026-03-20"],
  ["earn", 500, "2026-03-25"],
  ["reverse", -50, "2026-03-26"],
  ["adjust", 20, "2026-03-28"],
  ["earn", 400, "2026-04-02"],
]

export const insightsSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("insights", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
    })

    const summary = async (query: string) => (await api.get(`/admin/membership/insights/summary?${query}`, admin)).data as InsightsSummary

    async function seedHistory() {
      const memberships = getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
      const plan = (name: string, interval: string) =>
        memberships.createMembershipPlans({ name, handle: name.toLowerCase(), interval, interval_count: 1, dunning_offsets: [] } as never)
      const plans = { monthly: await plan("Monthly", "month"), annual: await plan("Annual", "year") }
      for (const member of HISTORY) {
        const plan = plans[member.plan]
        const last = member.periods[member.periods.length - 1]
        const [membership] = await memberships.createMemberships([
          {
            customer_id: `cus_${member.key}`,
            plan_id: plan.id,
            status: member.events[member.events.length - 1].status,
            current_period_start: at(last[0]),
            current_period_end: at(last[1]),
          } as never,
        ])
        await memberships.createMembershipEvents(
          member.events.map((event, index) => ({
            membership_id: membership.id,
            type: index === 0 ? (event.status === "trialing" ? "trial_started" : "activated") : EVENT_TYPE[event.status],
            from_status: event.from,
            to_status: event.status,
            cause: "seeded history",
            occurred_at: at(event.on),
          })) as never
        )
        await memberships.createMembershipPeriods(
          member.periods.map(([starts, ends, amount, currency, refunded], index) => ({
            membership_id: membership.id,
            source: index === 0 ? "purchase" : "renewal",
            plan_id: plan.id,
            starts_at: at(starts),
            ends_at: at(ends),
            amount,
            refunded_amount: refunded ?? 0,
            currency_code: currency,
          })) as never
        )
      }
      await memberships.createBenefitUsages(
        USAGES.map(([value, reversed, currency, day], index) => ({
          customer_id: "cus_a",
          benefit_type: "member_discount",
          value,
          reversed_value: reversed,
          currency_code: currency,
          used_at: day.includes("T") ? new Date(day) : at(day),
          idempotency_key: `seeded-usage-${index}`,
        })) as never
      )
      const points = getContainer().resolve<PointsModuleService>(POINTS_MODULE)
      const pg: Knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      for (const [index, [type, amount, day]] of POINTS.entries()) {
        const key = `seeded-points-${index}`
        await points.postPoints({ customer_id: "cus_points", type: type as PointsTransactionType, amount, idempotency_key: key, now: new Date() })
        // The ledger stamps a movement with the time it is written: this one happened on `day`.
        await pg("points_transaction").where({ idempotency_key: key }).update({ created_at: at(day) })
      }
      await api.post("/admin/points/program", { redemption_rates: [{ currency_code: "eur", points_per_unit: 100 }, { currency_code: "usd", points_per_unit: 80 }] }, admin)
    }

    it("answers March 2026 of a seeded history with the figures computed from it", async () => {
      await seedHistory()
      const march = await summary("from=2026-03-01&to=2026-04-01")

      expect(march).toEqual({
        range: { from: "2026-03-01T00:00:00.000Z", to: "2026-04-01T00:00:00.000Z" },
        // On April 1: A, C and F active; E on trial; G past due; B canceled and running. D and H expired.
        members: { active: 3, trialing: 1, past_due: 1, canceling: 1 },
        // E and F started in March; D expired after paying (H expired from a trial it never paid).
        new_members: 2,
        churned_members: 1,
        // Running on March 1: A, B, C, D (canceled, running) and G.
        churn_rate: 0.2,
        // EUR: A 10 a month + B 120 a year. USD: C (130 − 26) a year + F 12 a month.
        mrr: [
          { currency_code: "eur", amount: 20 },
          { currency_code: "usd", amount: 20.67 },
        ],
        arpu: [
          { currency_code: "eur", amount: 10 },
          { currency_code: "usd", amount: 10.33 },
        ],
        // Periods starting in March: A's renewal (EUR 10) and F's purchase (USD 12).
        fees: [
          { currency_code: "eur", amount: 10 },
          { currency_code: "usd", amount: 12 },
        ],
        benefit_cost: [
          { currency_code: "eur", amount: 4 },
          { currency_code: "usd", amount: 2 },
        ],
        margin: [
          { currency_code: "eur", amount: 6 },
          { currency_code: "usd", amount: 10 },
        ],
        points: {
          issued: 520,
          redeemed: 300,
          expired: 100,
          reversed: 50,
          // 1000 − 300 − 100 + 500 − 50 + 20; April's 400 came later.
          outstanding: 1070,
          liability: [
            { currency_code: "eur", amount: 10.7 },
            { currency_code: "usd", amount: 13.38 },
          ],
          breakage_rate: 0.1923,
          redemption_rate: 0.5769,
        },
      })
    })

    it("answers a past month as it was, and keeps one currency when asked", async () => {
      await seedHistory()
      const february = await summary("from=2026-02-01&to=2026-03-01&currency_code=EUR")
      // On March 1: A, B, C and G active, D canceled (running to March 5), H on trial.
      expect(february.members).toEqual({ active: 4, trialing: 1, past_due: 0, canceling: 1 })
      // A, B, D and G in EUR (C's USD left out).
      expect(february.mrr).toEqual([{ currency_code: "eur", amount: 40 }])
      expect(february.fees).toEqual([{ currency_code: "eur", amount: 30 }])
      expect(february.benefit_cost).toEqual([{ currency_code: "eur", amount: 3.5 }])
      expect(february).toMatchObject({ new_members: 2, churned_members: 0, churn_rate: 0 })
      expect(february.points).toMatchObject({ issued: 1000, redeemed: 0, outstanding: 1000, breakage_rate: 0, liability: [{ currency_code: "eur", amount: 10 }] })
    })

    it("exports the summary as CSV, by query or by Accept header", async () => {
      await seedHistory()
      const byQuery = await api.get("/admin/membership/insights/summary?from=2026-03-01&to=2026-04-01&format=csv", admin)
      expect(byQuery.headers["content-type"]).toMatch(/^text\/csv/)
      expect(byQuery.headers["content-disposition"]).toBe('attachment; filename="membership-summary-2026-03-01-2026-04-01.csv"')
      const lines = (byQuery.data as string).trim().split("\r\n")
      expect(lines[0]).toBe("metric,currency_code,value")
      expect(lines).toEqual(expect.arrayContaining(["members_active,,3", "churn_rate,,0.2", "mrr,eur,20", "mrr,usd,20.67", "margin,eur,6", "points_outstanding,,1070", "points_liability,usd,13.38"]))
      const byAccept = await api.get("/admin/membership/insights/summary?from=2026-03-01&to=2026-04-01", { headers: { ...admin.headers, accept: "text/csv" } })
      expect(byAccept.data).toBe(byQuery.data)
    })

    it("answers an empty store with zeros, and no rates", async () => {
      const empty = await summary("")
      expect(empty).toMatchObject({
        members: { active: 0, trialing: 0, past_due: 0, canceling: 0 },
        new_members: 0,
        churned_members: 0,
        churn_rate: null,
        mrr: [],
        arpu: [],
        fees: [],
        benefit_cost: [],
        margin: [],
        points: { issued: 0, redeemed: 0, expired: 0, reversed: 0, outstanding: 0, liability: [], breakage_rate: null, redemption_rate: null },
      })
      // Without a range: the 30 days before now.
      expect(new Date(empty.range.to).getTime() - new Date(empty.range.from).getTime()).toBe(30 * 86_400_000)
    })

    it("refuses a bad range, currency or field with a 400 naming it, and needs an admin", async () => {
      for (const [query, field] of [
        ["from=2026-04-01&to=2026-03-01", "from"],
        ["from=yesterday", "from"],
        ["currency_code=euro", "currency_code"],
        ["format=xml", "format"],
        ["limit=10", "limit"],
      ]) {
        const answer = await failure(api.get(`/admin/membership/insights/summary?${query}`, admin))
        expect(answer.status).toBe(400)
        expect(answer.data.message).toContain(field)
      }
      expect((await failure(api.get("/admin/membership/insights/summary"))).status).toBe(401)
    })
  })
