import { withPlanHandles } from "../utils/plan-handle"

describe("withPlanHandles", () => {
  it("derives a handle from the name when none is given", () => {
    expect(withPlanHandles([{ name: "PLUS Annual 88VIP" }])).toEqual([
      { name: "PLUS Annual 88VIP", handle: "plus-annual-88vip" },
    ])
  })

  it("keeps a handle that was given", () => {
    expect(withPlanHandles([{ name: "PLUS", handle: "plus-2027" }])[0].handle).toBe("plus-2027")
  })

  it("treats a blank handle as missing", () => {
    expect(withPlanHandles([{ name: "Prime Monthly", handle: "  " }])[0].handle).toBe("prime-monthly")
  })
})
