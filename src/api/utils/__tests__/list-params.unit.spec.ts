import { listParams, sortableListParams } from "../list-params"

describe("listParams order", () => {
  it.each(["name", "-created_at"])("takes one field name, %s", (order) => {
    expect(listParams.parse({ order }).order).toBe(order)
  })

  it.each(["name,handle", "name;drop", "customer.email", "-", "Name", "name\u0000"])("refuses %j", (order) => {
    expect(listParams.safeParse({ order }).error?.issues[0].path).toEqual(["order"])
  })
})

describe("sortableListParams", () => {
  const params = sortableListParams(["name", "created_at"])

  it("takes its fields, either way", () => {
    expect(params.parse({ order: "-created_at" })).toMatchObject({ order: "-created_at", limit: 20, offset: 0 })
    expect(params.parse({}).order).toBeUndefined()
  })

  it("refuses a field it cannot sort by, listing those it can", () => {
    const issue = params.safeParse({ order: "price" }).error?.issues[0]
    expect(issue?.path).toEqual(["order"])
    expect(issue?.message).toMatch(/order must be one of name, created_at/)
  })
})
