import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { POINTS_MODULE } from ".."
import type { PointsMovement } from "../ledger/movement"
import type PointsModuleService from "../service"

jest.setTimeout(60_000)

const DAY_MS = 86_400_000
const T0 = new Date("2026-03-01T12:00:00Z")
const at = (days: number) => new Date(T0.getTime() + days * DAY_MS)

moduleIntegrationTestRunner<PointsModuleService>({
  moduleName: POINTS_MODULE,
  resolve: "./src/modules/points",
  testSuite: ({ service }) => {
    let seq = 0
    const post = (movement: Partial<PointsMovement> & Pick<PointsMovement, "amount">) =>
      service.postPoints({ customer_id: "cus_1", type: "adjust", idempotency_key: `k${++seq}`, now: T0, ...movement } as PointsMovement)
    const earn = (amount: number, extra: Partial<PointsMovement> = {}) =>
      post({ type: "earn", amount, lot: { pending_until: null, expires_at: null }, ...extra })
    const remaining = async () =>
      (await service.listPointsLots({ customer_id: "cus_1" }, { order: { created_at: "ASC" } })).map((lot) => lot.remaining)

    beforeEach(() => {
      seq = 0
    })

    it("creates the program with the defaults once, even on concurrent first reads", async () => {
      const programs = await Promise.all([1, 2, 3, 4].map(() => service.loadPointsProgram()))
      expect(new Set(programs.map((program) => program.id)).size).toBe(1)
      expect(programs[0]).toMatchObject({ pending_days: 30, expiry_mode: "days", max_share_percent: 50, earn_rates: [] })
    })

    it("spends the oldest lots first and answers a repeated key with the first movement", async () => {
      await earn(100)
      await earn(50)
      const spend = await post({ type: "spend", amount: -120, idempotency_key: "spend-1" })
      expect(spend).toMatchObject({ amount: -120, created: true })
      expect(spend.lots.map((share) => share.amount)).toEqual([100, 20])
      expect(await remaining()).toEqual([0, 30])

      const again = await post({ type: "spend", amount: -120, idempotency_key: "spend-1" })
      expect(again).toMatchObject({ id: spend.id, created: false })
      expect(await remaining()).toEqual([0, 30])
      expect((await service.pointsBalances("cus_1", T0)).available).toBe(30)
    })

    it("refuses a debit larger than what is available, writing nothing", async () => {
      await earn(40)
      await expect(post({ type: "spend", amount: -41 })).rejects.toThrow("Not enough points: 40 available, 41 needed")
      expect(await remaining()).toEqual([40])
      expect(await service.listPointsTransactions({ type: "spend" })).toHaveLength(0)
    })

    it("keeps pending and expired points out of what can be spent, and reports balances at any moment", async () => {
      await earn(100, { lot: { pending_until: at(10), expires_at: at(100) } })
      await earn(30, { lot: { pending_until: null, expires_at: at(20) } })
      expect(await service.pointsBalances("cus_1", T0)).toEqual({ available: 30, pending: 100, expiring_soon: 30 })
      await expect(post({ type: "spend", amount: -31 })).rejects.toThrow(/30 available/)
      expect(await service.pointsBalances("cus_1", at(10))).toEqual({ available: 130, pending: 0, expiring_soon: 30 })
      expect(await service.pointsBalances("cus_1", at(25))).toEqual({ available: 100, pending: 0, expiring_soon: 0 })
      await expect(post({ type: "spend", amount: -101, now: at(25) })).rejects.toThrow(/100 available/)
    })

    it("lets exactly one of two concurrent debits of the same points through", async () => {
      await earn(100)
      const results = await Promise.allSettled([post({ type: "spend", amount: -80 }), post({ type: "spend", amount: -80 })])
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1)
      expect(await remaining()).toEqual([20])
    })

    it("takes back what an order earned from its own lot first, pending or not, then from available lots", async () => {
      await earn(50)
      await earn(100, { order_id: "order_1", lot: { pending_until: at(30), expires_at: null } })
      const reversal = await post({ type: "reverse", amount: -120, from: { order_id: "order_1" }, partial: true })
      expect(reversal.amount).toBe(-120)
      expect(await remaining()).toEqual([30, 0])
      const beyond = await post({ type: "reverse", amount: -100, from: { order_id: "order_1" }, partial: true })
      expect(beyond.amount).toBe(-30)
      expect(await remaining()).toEqual([0, 0])
    })

    it("puts restored points back into the lots they were spent from", async () => {
      await earn(60)
      await earn(60)
      const spend = await post({ type: "spend", amount: -90 })
      await post({ type: "refund", amount: 90, restore: spend.lots })
      expect(await remaining()).toEqual([60, 60])
      await expect(post({ type: "refund", amount: 10, restore: spend.lots })).rejects.toThrow()
      await expect(post({ type: "refund", amount: 1, restore: [{ lot_id: spend.lots[0].lot_id, amount: 1 }] })).rejects.toThrow(/changed/)
      expect(await remaining()).toEqual([60, 60])
    })

    it("debits exactly the lots named, in the order named, pending or not", async () => {
      const first = await earn(30)
      const second = await earn(40, { lot: { pending_until: at(10), expires_at: null } })
      const ids = [second.lots[0].lot_id, first.lots[0].lot_id]
      const expired = await post({ type: "expire", amount: -50, from: { lot_ids: ids } })
      expect(expired.lots).toEqual([
        { lot_id: ids[0], amount: 40 },
        { lot_id: ids[1], amount: 10 },
      ])
      expect(await remaining()).toEqual([20, 0])
      const one = await post({ type: "expire", amount: -20, from: { lot_ids: [ids[1]] } })
      expect(one.amount).toBe(-20)
      expect(await remaining()).toEqual([0, 0])
    })

    it("writes a credit once when its key is used concurrently, answering every use with it", async () => {
      const answers = await Promise.all(Array.from({ length: 8 }, () => earn(25, { idempotency_key: "earn-once" })))
      expect(new Set(answers.map((answer) => answer.id)).size).toBe(1)
      expect(answers.filter((answer) => answer.created)).toHaveLength(1)
      expect(await remaining()).toEqual([25])
      expect(await service.listPointsTransactions({ customer_id: "cus_1" })).toHaveLength(1)
    })

    it("keeps lots and ledger equal under concurrent earns and spends of one account", async () => {
      await earn(100)
      const results = await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? earn(20) : post({ type: "spend", amount: -15 })))
      )
      const spent = results.filter((result, i) => i % 3 !== 0 && result.status === "fulfilled").length
      expect(results.filter((result, i) => i % 3 === 0 && result.status === "rejected")).toEqual([])
      // Ten earns of 20 on top of 100: 300 in all; at least 100 / 15 spends always fit.
      expect(spent).toBeGreaterThanOrEqual(6)
      const transactions = await service.listPointsTransactions({ customer_id: "cus_1" }, { take: null })
      const lots = (await remaining()).reduce((sum, left) => sum + left, 0)
      expect(transactions.reduce((sum, row) => sum + Number(row.amount), 0)).toBe(lots)
      expect(lots).toBe(300 - 15 * spent)
      expect((await service.pointsBalances("cus_1", T0)).available).toBe(lots)
    })

    it("refuses fractional and huge amounts", async () => {
      await expect(earn(1.5)).rejects.toThrow(/whole number/)
      await expect(earn(2_000_000_000)).rejects.toThrow(/whole number/)
      expect(await remaining()).toEqual([])
    })
  },
})
