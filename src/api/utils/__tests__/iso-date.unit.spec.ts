import { z } from "@medusajs/framework/zod"
import { isoDate } from "../iso-date"

const body = z.object({ ends_at: isoDate.nullable().optional() })

describe("isoDate", () => {
  it.each([
    ["2026-01-31", "2026-01-31T00:00:00.000Z"],
    ["2026-01-31T12:30:00Z", "2026-01-31T12:30:00.000Z"],
    ["2026-01-31T12:30:00.250Z", "2026-01-31T12:30:00.250Z"],
    ["2026-01-31T14:30:00+02:00", "2026-01-31T12:30:00.000Z"],
  ])("reads %s as %s", (value, expected) => {
    expect(body.parse({ ends_at: value }).ends_at?.toISOString()).toBe(expected)
  })

  it("keeps null, which clears the date, and leaves a missing one out", () => {
    expect(body.parse({ ends_at: null })).toEqual({ ends_at: null })
    expect(body.parse({})).toEqual({})
  })

  it.each([
    true,
    false,
    -1,
    0,
    1.5,
    1767225600000,
    ["2026-01-31"],
    { date: "2026-01-31" },
    "",
    "tomorrow",
    "2026-02-30",
    "2026-13-01",
    "31/01/2026",
    "2026-01-31T12:30:00",
    "2026-01-31 12:30:00Z",
    "2026-01-31T12:30:00Z\u0000",
  ])("refuses %j naming the field", (value) => {
    const result = body.safeParse({ ends_at: value })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].path).toEqual(["ends_at"])
    if (typeof value === "string") {
      expect(result.error?.issues[0].message).toMatch(/^ends_at must be an ISO 8601 date/)
    }
  })
})
