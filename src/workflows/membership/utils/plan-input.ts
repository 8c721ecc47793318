import { type CreateMembershipPlanInput, type PlanStatus, type UpdateMembershipPlanInput, normalizeOffsets } from "../../../modules/membership"
import { toHandle } from "@medusajs/framework/utils"

export const DEFAULT_DUNNING_OFFSETS = [1, 3, 5]

/** A plan's own columns, as the membership module stores them (prices live on the variant). */
export type PlanRow = {
  name: string
  handle: string
  description: string | null
  status: PlanStatus
  interval: "day" | "month" | "year"
  interval_count: number
  trial_days: number
  grace_days: number
  dunning_offsets: Record<string, unknown>
  refund_policy: "benefits_used" | "prorated" | "none"
  metadata: Record<string, unknown> | null
}

/** The row for a new plan: a handle from its name when none is given, and the default terms. */
export function newPlanRow(plan: CreateMembershipPlanInput): PlanRow {
  return {
    name: plan.name,
    handle: plan.handle?.trim() || toHandle(plan.name),
    description: plan.description ?? null,
    status: plan.status ?? "active",
    interval: plan.interval ?? "month",
    interval_count: plan.interval_count ?? 1,
    trial_days: plan.trial_days ?? 0,
    grace_days: plan.grace_days ?? 0,
    // jsonb holds the array as is; the model types json columns as objects.
    dunning_offsets: normalizeOffsets(plan.dunning_offsets ?? DEFAULT_DUNNING_OFFSETS) as unknown as Record<string, unknown>,
    refund_policy: plan.refund_policy ?? "prorated",
    metadata: plan.metadata ?? null,
  }
}

/** The columns an update changes: only the fields it was given. */
export function planRowUpdate(update: UpdateMembershipPlanInput): Partial<PlanRow> & { id: string } {
  const { dunning_offsets, ...rest } = update
  const row = Object.fromEntries(
    Object.entries(rest).filter(([key, value]) => key !== "prices" && value !== undefined)
  ) as Partial<PlanRow> & { id: string }
  if (dunning_offsets) {
    row.dunning_offsets = normalizeOffsets(dunning_offsets) as unknown as Record<string, unknown>
  }
  return row
}
