import type { MedusaInstance } from "../../integration-tests/helpers/medusa-instance"

/** The preload that counts a bench server's Postgres statements (`startMedusaInstance`'s `preload`). */
export const STATEMENT_COUNTER = require.resolve("./statement-counter.js")

/**
 * Statements the server has sent to Postgres since it started, and of them the BEGINs and those on
 * the tables of Medusa's promotions and adjustments.
 */
export async function statementTotals(instance: MedusaInstance): Promise<{ statements: number; transactions: number; promotions: number }> {
  const answer = await instance.ask<{ type: "statements"; count: number; transactions: number; promotions: number }>({ type: "statements" })
  return { statements: answer.count, transactions: answer.transactions, promotions: answer.promotions }
}

/** Statements the server has sent to Postgres since it started. */
export async function statementCount(instance: MedusaInstance): Promise<number> {
  return (await statementTotals(instance)).statements
}

export type SettleOptions = {
  quietMs?: number
  timeoutMs?: number
  /** Work the instance has yet to pick up (e.g. events queued on Redis for a worker): no quiet while true. */
  pending?: () => Promise<boolean>
}

/**
 * The count once the instance's background work is done: no new statement for `quietMs` and
 * nothing `pending`. Subscribers (e.g. after `order.placed`) run beside the response in one
 * process, and on the worker in the server + worker topology; this waits them out.
 */
export async function settledStatementCount(instance: MedusaInstance, { quietMs = 400, timeoutMs = 30_000, pending }: SettleOptions = {}): Promise<number> {
  const deadline = Date.now() + timeoutMs
  let count = await statementCount(instance)
  let quietSince = Date.now()
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline) {
      throw new Error(`The instance kept working for ${timeoutMs / 1000} s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
    const now = await statementCount(instance)
    if (now !== count || (await pending?.())) {
      count = now
      quietSince = Date.now()
    }
  }
  return count
}
