import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type GrowthReason, type TierModuleService } from "../../../modules/tier"

export type GrowthEntryInput = {
  customer_id: string
  amount: number
  reason: GrowthReason
  idempotency_key: string
  counts_at: Date
  reference?: string | null
  order_id?: string | null
  currency_code?: string | null
  basis_amount?: number | null
  spend_value?: number | null
  order_count?: number
  note?: string | null
  actor?: string
  metadata?: Record<string, unknown> | null
}

export const recordGrowthEntriesStepId = "record-growth-entries"

/**
 * Writes growth entries whose idempotency key is not in the ledger yet; the unique index
 * stops a concurrent writer of the same key. Returns the entries written (rollback deletes them).
 */
export const recordGrowthEntriesStep = createStep(
  recordGrowthEntriesStepId,
  async (entries: GrowthEntryInput[], { container }) => {
    const tierModule: TierModuleService = container.resolve(TIER_MODULE)
    if (!entries.length) {
      return new StepResponse([], [])
    }
    const written = async (keys: string[]) =>
      new Set((await tierModule.listGrowthEntries({ idempotency_key: keys }, { select: ["idempotency_key"] })).map((entry) => entry.idempotency_key))
    const seen = await written(entries.map((entry) => entry.idempotency_key))
    const fresh = entries.filter((entry) => !seen.has(entry.idempotency_key))
    let created: unknown[] = []
    try {
      created = fresh.length ? await tierModule.createGrowthEntries(fresh as never[]) : []
    } catch (error) {
      // A concurrent writer of the same keys got there first: what it wrote is what we meant to.
      const now = await written(fresh.map((entry) => entry.idempotency_key))
      if (!fresh.every((entry) => now.has(entry.idempotency_key))) {
        throw error
      }
    }
    const ids = (created as unknown as { id: string }[]).map((entry) => entry.id)
    return new StepResponse(created as unknown as ({ id: string } & GrowthEntryInput)[], ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const tierModule: TierModuleService = container.resolve(TIER_MODULE)
      await tierModule.deleteGrowthEntries(ids)
    }
  }
)
