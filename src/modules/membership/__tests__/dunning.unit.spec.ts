import { nextRetryAt, normalizeOffsets, pastDueEndsAt } from "../utils/dunning"

const due = new Date("2026-05-01T00:00:00Z")

describe("dunning", () => {
  it("retries on each offset after the due date, then stops", () => {
    expect(nextRetryAt(due, [1, 3, 5], 1)?.toISOString()).toBe("2026-05-02T00:00:00.000Z")
    expect(nextRetryAt(due, [1, 3, 5], 3)?.toISOString()).toBe("2026-05-06T00:00:00.000Z")
    expect(nextRetryAt(due, [1, 3, 5], 4)).toBeNull()
    expect(nextRetryAt(due, [], 1)).toBeNull()
  })

  it("keeps benefits until the later of the grace period and the last retry", () => {
    expect(pastDueEndsAt(due, [1, 3, 5], 7).toISOString()).toBe("2026-05-08T00:00:00.000Z")
    expect(pastDueEndsAt(due, [1, 3, 5], 2).toISOString()).toBe("2026-05-06T00:00:00.000Z")
    expect(pastDueEndsAt(due, [], 0).toISOString()).toBe(due.toISOString())
  })

  it("normalizes stored offsets", () => {
    expect(normalizeOffsets([5, 1, 3, 3, -1, 2.5, "x"])).toEqual([1, 3, 5])
    expect(normalizeOffsets(null)).toEqual([])
  })
})
