/// <reference types="jest" />
import type { MembershipBenefit } from "../../../types/http"
import { attachedBenefits, attachmentUpdates, inheritedBenefits } from "../attached-benefits"

const benefit = (id: string, plan_ids: string[], tier_ids: string[]) =>
  ({ id, name: id, type: "member_price", config: {}, plan_ids, tier_ids, status: "active" }) as unknown as MembershipBenefit

const tiers = [
  { id: "silver", name: "Silver", rank: 1 },
  { id: "gold", name: "Gold", rank: 2 },
  { id: "platinum", name: "Platinum", rank: 3 },
]
const benefits = [benefit("a", ["annual"], ["silver"]), benefit("b", [], ["gold"]), benefit("c", ["monthly"], ["silver", "gold"])]

describe("a plan's and a tier's benefits", () => {
  it("lists the benefits that name the plan or the tier", () => {
    expect(attachedBenefits(benefits, { kind: "plan", id: "annual", name: "Annual" }).map((b) => b.id)).toEqual(["a"])
    expect(attachedBenefits(benefits, { kind: "tier", id: "gold", name: "Gold" }).map((b) => b.id)).toEqual(["b", "c"])
  })

  it("gives a tier what the lower tiers give, with their names, without repeating its own", () => {
    expect(inheritedBenefits(benefits, tiers[2], tiers)).toEqual([
      { benefit: benefits[0], from: ["Silver"] },
      { benefit: benefits[1], from: ["Gold"] },
      { benefit: benefits[2], from: ["Silver", "Gold"] },
    ])
    expect(inheritedBenefits(benefits, tiers[1], tiers)).toEqual([{ benefit: benefits[0], from: ["Silver"] }])
    expect(inheritedBenefits(benefits, tiers[0], tiers)).toEqual([])
  })

  it("updates only the benefits whose tick changed, keeping their other plans or tiers", () => {
    expect(attachmentUpdates(benefits, { kind: "plan", id: "annual", name: "Annual" }, ["a"])).toEqual([])
    expect(attachmentUpdates(benefits, { kind: "plan", id: "annual", name: "Annual" }, ["c"])).toEqual([
      { id: "a", plan_ids: [] },
      { id: "c", plan_ids: ["monthly", "annual"] },
    ])
    expect(attachmentUpdates(benefits, { kind: "tier", id: "gold", name: "Gold" }, ["a", "b"])).toEqual([
      { id: "a", tier_ids: ["silver", "gold"] },
      { id: "c", tier_ids: ["silver"] },
    ])
  })
})
