import { MedusaError } from "@medusajs/framework/utils"
import { nulBytePath, refuseNulBytes } from "../nul-bytes"

describe("nulBytePath", () => {
  it("names the first string or key holding a NUL byte", () => {
    expect(nulBytePath({ name: "ok", prices: [{ currency_code: "eur" }, { currency_code: "e\u0000r" }] })).toBe("prices.1.currency_code")
    expect(nulBytePath({ "ke\u0000y": 1 })).toBe("ke\\0y")
    expect(nulBytePath({ name: "PLUS", amount: 1, tags: ["a"], metadata: null })).toBeNull()
  })
})

describe("refuseNulBytes", () => {
  const outcome = (req: { originalUrl: string; query?: object; body?: unknown }) => {
    const next = jest.fn()
    refuseNulBytes({ query: {}, ...req } as never, {} as never, next)
    return next.mock.calls[0][0] as MedusaError | undefined
  }

  it("refuses one in the path, query or body with a 400 saying where", () => {
    expect(outcome({ originalUrl: "/admin/membership/plans/%00" })).toMatchObject({ type: MedusaError.Types.INVALID_DATA, message: expect.stringMatching(/^the path/) })
    expect(outcome({ originalUrl: "/admin/membership/plans?q=%00", query: { q: "\u0000" } })?.message).toMatch(/^query q:/)
    expect(outcome({ originalUrl: "/admin/membership/plans", body: { name: "PLUS\u0000" } })?.message).toMatch(/^body name:/)
  })

  it("lets anything else through", () => {
    expect(outcome({ originalUrl: "/admin/membership/plans?q=100%25", query: { q: "100%" }, body: { name: "PLUS" } })).toBeUndefined()
  })
})
