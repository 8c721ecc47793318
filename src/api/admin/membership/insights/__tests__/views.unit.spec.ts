import { insightsSummary, insightsSummaryCsv } from "../views"

const range = { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") }
const membership = {
  members: { active: 2, canceled: 1, expired: 4 },
  mrr: [
    { currency_code: "usd", amount: 20.666666, paying: 3 },
    { currency_code: "jpy", amount: 1000.5, paying: 1 },
  ],
  new_members: 1,
  churned_members: 1,
  members_at_start: 3,
  fees: [{ currency_code: "usd", amount: 12 }],
  benefit_cost: [{ currency_code: "eur", amount: 4.005 }],
}
const points = { issued: 300, redeemed: 100, expired: 0, reversed: 0, outstanding: 1000 }
const rates = [
  { currency_code: "eur", points_per_unit: 300 },
  { currency_code: "usd", points_per_unit: 0 },
]

describe("insights summary", () => {
  it("rounds money per currency, sorts currencies, and takes a margin in every currency with fees or costs", () => {
    const summary = insightsSummary({ range, membership, points, redemptionRates: rates })
    expect(summary.members).toEqual({ active: 2, trialing: 0, past_due: 0, canceling: 1 })
    expect(summary.mrr).toEqual([
      { currency_code: "jpy", amount: 1001 },
      { currency_code: "usd", amount: 20.67 },
    ])
    expect(summary.arpu).toEqual([
      { currency_code: "jpy", amount: 1001 },
      { currency_code: "usd", amount: 6.89 },
    ])
    expect(summary.margin).toEqual([
      { currency_code: "eur", amount: -4.01 },
      { currency_code: "usd", amount: 12 },
    ])
    expect(summary.churn_rate).toBe(0.3333)
    // A rate of 0 points per unit values nothing.
    expect(summary.points).toEqual({ ...points, liability: [{ currency_code: "eur", amount: 3.33 }], breakage_rate: 0, redemption_rate: 0.3333 })
  })

  it("keeps one currency's amounts when asked, and has no rates without a base", () => {
    const summary = insightsSummary({
      range,
      membership: { ...membership, members_at_start: 0 },
      points: { ...points, issued: 0 },
      redemptionRates: rates,
      currencyCode: "usd",
    })
    expect(summary).toMatchObject({ mrr: [{ currency_code: "usd", amount: 20.67 }], benefit_cost: [], margin: [{ currency_code: "usd", amount: 12 }], churn_rate: null })
    expect(summary.points).toMatchObject({ liability: [], breakage_rate: null, redemption_rate: null })
  })

  it("writes one CSV row per figure and per currency", () => {
    const csv = insightsSummaryCsv(insightsSummary({ range, membership, points, redemptionRates: rates }))
    expect(csv.split("\r\n")).toEqual([
      "metric,currency_code,value",
      "from,,2026-03-01T00:00:00.000Z",
      "to,,2026-04-01T00:00:00.000Z",
      "members_active,,2",
      "members_trialing,,0",
      "members_past_due,,0",
      "members_canceling,,1",
      "new_members,,1",
      "churned_members,,1",
      "churn_rate,,0.3333",
      "mrr,jpy,1001",
      "mrr,usd,20.67",
      "arpu,jpy,1001",
      "arpu,usd,6.89",
      "fees,usd,12",
      "benefit_cost,eur,4.01",
      "margin,eur,-4.01",
      "margin,usd,12",
      "points_issued,,300",
      "points_redeemed,,100",
      "points_expired,,0",
      "points_reversed,,0",
      "points_outstanding,,1000",
      "points_liability,eur,3.33",
      "points_breakage_rate,,0",
      "points_redemption_rate,,0.3333",
      "",
    ])
  })
})
