import { grantedBenefits, isBenefitLive } from "../utils/benefit-eligibility"

const now = new Date("2026-06-01T00:00:00Z")
const benefit = (id: string, rest: Partial<Parameters<typeof isBenefitLive>[0]> = {}) => ({
  id,
  status: "active",
  plan_ids: [] as string[],
  tier_ids: [] as string[],
  ...rest,
})
const ranks = new Map([
  ["silver", 1],
  ["gold", 2],
  ["platinum", 3],
])

describe("benefit eligibility", () => {
  it("is live only when active and inside its window", () => {
    expect(isBenefitLive(benefit("a"), now)).toBe(true)
    expect(isBenefitLive(benefit("a", { status: "archived" }), now)).toBe(false)
    expect(isBenefitLive(benefit("a", { starts_at: "2026-06-02T00:00:00Z" }), now)).toBe(false)
    expect(isBenefitLive(benefit("a", { ends_at: now }), now)).toBe(false)
    expect(isBenefitLive(benefit("a", { starts_at: now, ends_at: "2026-07-01T00:00:00Z" }), now)).toBe(true)
  })

  it("grants a plan's benefits to its members, and a tier's to that tier and the ones above", () => {
    const catalogue = [
      benefit("plus", { plan_ids: ["plus"] }),
      benefit("silver", { tier_ids: ["silver"] }),
      benefit("gold", { tier_ids: ["gold"] }),
      benefit("platinum", { tier_ids: ["platinum"] }),
      benefit("old", { tier_ids: ["silver"], status: "archived" }),
    ]
    const ids = (plan_id: string | null, tier_rank: number) => grantedBenefits(catalogue, { plan_ids: plan_id ? [plan_id] : [], tier_rank }, ranks, now).map((b) => b.id)
    expect(ids(null, 0)).toEqual([])
    expect(ids("plus", 0)).toEqual(["plus"])
    expect(ids(null, 2)).toEqual(["silver", "gold"])
    expect(ids("plus", 3)).toEqual(["plus", "silver", "gold", "platinum"])
    expect(ids("basic", 1)).toEqual(["silver"])
    expect(grantedBenefits(catalogue, { plan_ids: ["basic", "plus"], tier_rank: 0 }, ranks, now).map((b) => b.id)).toEqual(["plus"])
  })
})
