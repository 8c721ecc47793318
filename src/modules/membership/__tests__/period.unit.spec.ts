import { addPeriod } from "../utils/period"

describe("addPeriod", () => {
  const at = (iso: string) => new Date(iso)

  it.each([
    ["2026-01-15T10:00:00Z", "month", 1, "2026-02-15T10:00:00.000Z"],
    ["2026-01-31T10:00:00Z", "month", 1, "2026-02-28T10:00:00.000Z"],
    ["2028-01-31T10:00:00Z", "month", 1, "2028-02-29T10:00:00.000Z"],
    ["2026-11-30T00:00:00Z", "month", 3, "2027-02-28T00:00:00.000Z"],
    ["2028-02-29T00:00:00Z", "year", 1, "2029-02-28T00:00:00.000Z"],
    ["2026-03-01T00:00:00Z", "day", 30, "2026-03-31T00:00:00.000Z"],
  ] as const)("%s + %s × %i = %s", (start, interval, count, end) => {
    expect(addPeriod(at(start), { interval, interval_count: count }).toISOString()).toBe(end)
  })
})
