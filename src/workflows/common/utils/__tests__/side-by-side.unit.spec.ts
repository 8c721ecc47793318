import { sideBySide } from "../side-by-side"

describe("sideBySide", () => {
  it("runs every reconciliation although one fails, then throws the failures together, readable", async () => {
    const ran: string[] = []
    const attempt = sideBySide("order.placed order_1", [
      async () => ran.push("growth"),
      async () => {
        throw { message: "lock not acquired", type: "unexpected_state" }
      },
      async () => ran.push("points"),
      async () => {
        throw new Error("connection ended")
      },
    ])
    await expect(attempt).rejects.toThrow("membership: 2 of order.placed order_1 failed: lock not acquired; connection ended")
    expect(ran.sort()).toEqual(["growth", "points"])
  })

  it("resolves when every reconciliation does", async () => {
    await expect(sideBySide("order.completed order_1", [async () => 1, async () => 2])).resolves.toBeUndefined()
  })
})
