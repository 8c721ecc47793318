import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { POINTS_MODULE } from "../../../modules/points"
import type { PointsModuleService } from "../../../modules/points"

export type LotsRunSummary = { lots: number; posted: number; errors: number }

type LotRow = { id: string; customer_id: string; remaining: number; order_id: string | null; updated_at: Date | string }

type RunOptions = { now?: Date; batchSize?: number }

/**
 * Records that pending lots became spendable: for every lot whose `pending_until` has passed, an
 * `unlock` transaction (amount 0, the lot and what it holds; key `lot:{id}:unlock`), then the
 * lot's `pending_until` cleared. Balances do not wait for it (a lot counts as available from its
 * `pending_until` on); the transaction is the ledger's record of the move.
 */
export function unlockPointsLots(container: MedusaContainer, options: RunOptions = {}): Promise<LotsRunSummary> {
  return runOverLots(container, "points:unlock-lots", options, {
    filters: (now) => ({ pending_until: { $lte: now } }),
    handle: async (points, lots, now) => {
      let posted = 0
      const done: string[] = []
      for (const lot of lots) {
        if (Number(lot.remaining) > 0) {
          const transaction = await points.postPoints({
            customer_id: lot.customer_id,
            type: "unlock",
            amount: 0,
            idempotency_key: `lot:${lot.id}:unlock`,
            now,
            order_id: lot.order_id,
            restore: [{ lot_id: lot.id, amount: Number(lot.remaining) }],
          })
          posted += transaction.created ? 1 : 0
        }
        done.push(lot.id)
      }
      await points.updatePointsLots(done.map((id) => ({ id, pending_until: null })) as never)
      return posted
    },
  })
}

/**
 * Takes what is left of every lot whose `expires_at` has passed: an `expire` debit of exactly that
 * lot, keyed by the lot and the last change of its remaining points (`lot:{id}:expire:{ms}`), so
 * points restored into a lot after it expired (a canceled order paid with them) expire too, and
 * a rerun over an unchanged lot writes nothing. Balances already leave expired lots out; this
 * records it.
 */
export function expirePointsLots(container: MedusaContainer, options: RunOptions = {}): Promise<LotsRunSummary> {
  return runOverLots(container, "points:expire-lots", options, {
    filters: (now) => ({ expires_at: { $lte: now }, remaining: { $gt: 0 } }),
    handle: async (points, lots, now) => {
      let posted = 0
      for (const lot of lots) {
        const transaction = await points.postPoints({
          customer_id: lot.customer_id,
          type: "expire",
          amount: -Number(lot.remaining),
          idempotency_key: `lot:${lot.id}:expire:${new Date(lot.updated_at).getTime()}`,
          now,
          order_id: lot.order_id,
          from: { lot_ids: [lot.id] },
          // A spend between reading the lot and debiting it leaves less to expire.
          partial: true,
        })
        posted += transaction.created ? 1 : 0
      }
      return posted
    },
  })
}

/**
 * One run at a time across instances (`lockKey`): the matching lots a batch at a time by id
 * (keyset), each batch handled on its own so one failing batch does not stop the others. Every
 * write is keyed per lot, so a rerun, or a run cut short, converges.
 */
async function runOverLots(
  container: MedusaContainer,
  lockKey: string,
  { now = new Date(), batchSize = 500 }: RunOptions,
  job: {
    filters: (now: Date) => Record<string, unknown>
    handle: (points: PointsModuleService, lots: LotRow[], now: Date) => Promise<number>
  }
): Promise<LotsRunSummary> {
  const locking = container.resolve(Modules.LOCKING)
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  return locking.execute(
    lockKey,
    async () => {
      const summary: LotsRunSummary = { lots: 0, posted: 0, errors: 0 }
      let after: string | null = null
      for (;;) {
        const lots = (await points.listPointsLots(
          { ...job.filters(now), ...(after ? { id: { $gt: after } } : {}) } as never,
          { select: ["id", "customer_id", "remaining", "order_id", "updated_at"], order: { id: "ASC" }, take: batchSize }
        )) as unknown as LotRow[]
        if (!lots.length) {
          break
        }
        after = lots[lots.length - 1].id
        try {
          summary.posted += await job.handle(points, lots, now)
        } catch (error) {
          summary.errors++
          logger.error(`${lockKey}: batch from ${lots[0].id} failed: ${(error as Error).message}`)
        }
        summary.lots += lots.length
      }
      return summary
    },
    { timeout: 300 }
  )
}
