import { AdminCreatePlan, AdminListPlansParams } from "../validators"

describe("AdminCreatePlan", () => {
  it("accepts a minimal plan", () => {
    expect(AdminCreatePlan.parse({ name: "PLUS" })).toEqual({ name: "PLUS" })
  })

  it.each([
    [{}, "name"],
    [{ name: "   " }, "name"],
    [{ name: "PLUS", handle: "Not A Handle" }, "handle"],
    [{ name: "PLUS", status: "paused" }, "status"],
  ])("rejects %j naming the %s field", (body, field) => {
    const result = AdminCreatePlan.safeParse(body)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field)
  })

  it("rejects fields it does not know", () => {
    expect(AdminCreatePlan.safeParse({ name: "PLUS", price: 88 }).success).toBe(false)
  })
})

describe("AdminListPlansParams", () => {
  it("defaults to the first page of 20", () => {
    expect(AdminListPlansParams.parse({})).toMatchObject({ limit: 20, offset: 0 })
  })

  it("caps the page size", () => {
    expect(AdminListPlansParams.safeParse({ limit: "1000" }).success).toBe(false)
  })
})
