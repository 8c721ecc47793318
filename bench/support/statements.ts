import type { MedusaInstance } from "../../integration-tests/helpers/medusa-instance"

/** The preload that counts a bench server's Postgres statements (`startMedusaInstance`'s `preload`). */
export const STATEMENT_COUNTER = require.resolve("./statement-counter.js")

/** Statements the server has sent to Postgres since it started, and of them the BEGINs. */
export async function statementTotals(instance: MedusaInstance): Promise<{ statements: number; transactions: number }> {
  const answer = await instance.ask<{ type: "statements"; count: number; transactions: number }>({ type: "statements" })
  return { statements: answer.count, transactions: answer.transactions }
}

/** Statements the server has sent to Postgres since it started. */
export async function statementCount(instance: MedusaInstance): Promise<number> {
  return (await statementTotals(instance)).statements
}

/**
 * The count once the server's background work is done: no new statement for `quietMs`. Subscribers
 * (e.g. after `order.placed`) run beside the response in one process; this waits them out.
 */
export async function settledStatementCount(instance: MedusaInstance, quietMs = 400, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  let count = await statementCount(instance)
  let quietSince = Date.now()
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline) {
      throw new Error(`The server kept sending statements for ${timeoutMs / 1000} s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
    const now = await statementCount(instance)
    if (now !== count) {
      count = now
      quietSince = Date.now()
    }
  }
  return count
}
