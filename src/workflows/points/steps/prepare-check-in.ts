import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService, checkInAward, localDate, previousLocalDate } from "../../../modules/tier"
import type { GrowthEntryInput } from "../../tiers/steps/record-growth-entries"

export const checkInKey = (customerId: string, date: string) => `check_in:${customerId}:${date}`

export type CheckInPlan = { date: string; streak: number; awarded: number; already_checked_in: boolean; entries: GrowthEntryInput[] }

export const prepareCheckInStepId = "prepare-check-in"

/**
 * Today's check-in (a calendar day in the store's time zone): its award with the streak bonus,
 * or, when the shopper already checked in today, that check-in again and nothing to write.
 */
export const prepareCheckInStep = createStep(prepareCheckInStepId, async (input: { customer_id: string; now: Date }, { container }) => {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const program = await tierModule.loadTierProgram()
  if (program.check_in_growth <= 0) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Daily check-in is not enabled in this store")
  }
  const now = new Date(input.now)
  const date = localDate(now, program.timezone)
  const [today, yesterday] = await Promise.all(
    [date, previousLocalDate(date)].map(async (day) => {
      const [entry] = await tierModule.listGrowthEntries({ idempotency_key: checkInKey(input.customer_id, day) })
      return entry
    })
  )
  const streakOf = (entry: { metadata?: Record<string, unknown> | null } | undefined) => Number(entry?.metadata?.streak ?? 0)
  if (today) {
    return new StepResponse<CheckInPlan>({ date, streak: streakOf(today), awarded: 0, already_checked_in: true, entries: [] })
  }
  const streak = streakOf(yesterday) + 1
  const { amount, bonus } = checkInAward(program, streak)
  return new StepResponse<CheckInPlan>({
    date,
    streak,
    awarded: amount,
    already_checked_in: false,
    entries: [
      {
        customer_id: input.customer_id,
        amount,
        reason: "check_in",
        idempotency_key: checkInKey(input.customer_id, date),
        counts_at: now,
        reference: date,
        actor: "customer",
        metadata: { streak, bonus },
      },
    ],
  })
})
