/** An amount of money in one currency, in major units. */
export type InsightsAmount = { currency_code: string; amount: number }

/** `GET /admin/membership/insights/summary`: the program's figures for a range (`from` included, `to` excluded). */
export type InsightsSummary = {
  range: { from: string; to: string }
  /** Memberships by status at the end of the range; `canceling` were canceled and run until their period ends. */
  members: { active: number; trialing: number; past_due: number; canceling: number }
  /** Memberships whose first event falls in the range. */
  new_members: number
  /** Memberships that expired in the range after having paid for a period. */
  churned_members: number
  /** Churned members ÷ running members at the start of the range; null when there were none. */
  churn_rate: number | null
  /** Monthly recurring revenue at the end of the range: each running membership's period price over its plan's months. */
  mrr: InsightsAmount[]
  /** MRR per paying membership. */
  arpu: InsightsAmount[]
  /** Membership fees of the periods that start in the range, net of refunds. */
  fees: InsightsAmount[]
  /** What the benefits used in the range cost, net of what was given back. */
  benefit_cost: InsightsAmount[]
  /** Fees less benefit cost. */
  margin: InsightsAmount[]
  points: {
    issued: number
    redeemed: number
    expired: number
    reversed: number
    /** Points customers hold at the end of the range, pending ones included. */
    outstanding: number
    /** What the outstanding points are worth at each currency's redemption rate. */
    liability: InsightsAmount[]
    /** Expired ÷ issued in the range; null when none were issued. */
    breakage_rate: number | null
    /** Redeemed ÷ issued in the range; null when none were issued. */
    redemption_rate: number | null
  }
}
