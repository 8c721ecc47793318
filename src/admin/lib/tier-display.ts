import type { AwardTrigger, DowngradePolicy, MembershipTier, TierEvaluation, TierMode, TierProgramSettings } from "../../types/http"

export const MODE_OPTIONS: { value: TierMode; label: string; explanation: string }[] = [
  { value: "growth", label: "Growth value", explanation: "Members reach a tier by the growth value they earn." },
  {
    value: "rfm",
    label: "Spend and orders (RFM)",
    explanation: "Members reach a tier by what they spent and how many orders they placed in the window.",
  },
]

export const DOWNGRADE_OPTIONS: { value: DowngradePolicy; label: string; explanation: string }[] = [
  { value: "never", label: "Never", explanation: "A member keeps the best tier they reached." },
  {
    value: "scheduled",
    label: "At the nightly re-evaluation",
    explanation:
      "Each night, members whose growth no longer reaches their tier move down, unless they were upgraded within the protection days.",
  },
]

export const AWARD_ON_OPTIONS: { value: AwardTrigger; label: string }[] = [
  { value: "capture", label: "Payment captured" },
  { value: "completion", label: "Order completed" },
]

const optionLabel = <T extends string>(options: { value: T; label: string }[], value: T) =>
  options.find((option) => option.value === value)?.label ?? value

export const modeLabel = (mode: TierMode) => optionLabel(MODE_OPTIONS, mode)
export const awardOnLabel = (awardOn: AwardTrigger) => optionLabel(AWARD_ON_OPTIONS, awardOn)

const count = (value: number) => Number(value ?? 0).toLocaleString("en-US")

/** "1 member", "1,200 members". */
export const members = (value: number) => `${count(value)} member${value === 1 ? "" : "s"}`

/** "Last 365 days", or "Lifetime". */
export const windowLabel = (windowDays: number | null) => (windowDays ? `Last ${count(windowDays)} days` : "Lifetime")

/** "At the nightly re-evaluation (30 days' protection)", "Never". */
export function downgradeLabel(program: Pick<TierProgramSettings, "downgrade_policy" | "protection_days">) {
  const label = optionLabel(DOWNGRADE_OPTIONS, program.downgrade_policy)
  return program.downgrade_policy === "scheduled" ? `${label} (${count(program.protection_days)} days' protection)` : label
}

/** What reaches the tier under the program's mode: "1,000 growth", or "Spend 500 · 5 orders". */
export function tierRuleLabel(tier: Pick<MembershipTier, "threshold" | "rfm_min_spend" | "rfm_min_orders">, mode: TierMode) {
  return mode === "rfm"
    ? `Spend ${count(tier.rfm_min_spend)} · ${count(tier.rfm_min_orders)} orders`
    : `${count(tier.threshold)} growth`
}

/** "3 move up, 1 move down, 40 stay" (a preview), or "3 moved up, 1 moved down, 40 stayed" (done). */
export function movesLabel(evaluation: TierEvaluation, done = false) {
  const parts = done
    ? [`${count(evaluation.up)} moved up`, `${count(evaluation.down)} moved down`, `${count(evaluation.stay)} stayed`]
    : [`${count(evaluation.up)} move up`, `${count(evaluation.down)} move down`, `${count(evaluation.stay)} stay`]
  if (done && evaluation.expired != null) {
    parts.push(`${count(evaluation.expired)} expired`)
  }
  return parts.join(", ")
}

/** "+120", "-50", "0". */
export const signed = (amount: number) => (amount > 0 ? `+${count(amount)}` : count(amount))

/** "42%" of a 0..1 share. */
export const percent = (share: number) => `${Math.round((share || 0) * 100)}%`

export { count as formatCount }
