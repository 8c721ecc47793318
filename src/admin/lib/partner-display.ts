import type { BenefitConfigs, PartnerCodeSource, PartnerEntitlement } from "../hooks/membership-benefits"
import type { CodeCounts, PartnerApiKey, PartnerStatus } from "../hooks/partners"

export const PARTNER_STATUS_OPTIONS: { value: PartnerStatus; label: string }[] = [
  { value: "active", label: "Active" },
  { value: "suspended", label: "Suspended" },
]

export const partnerStatusLabel = (status: PartnerStatus) => (status === "active" ? "Active" : "Suspended")

export const ENTITLEMENT_OPTIONS: { value: PartnerEntitlement; label: string }[] = [
  { value: "period", label: "Once per membership period" },
  { value: "month", label: "Once per calendar month" },
  { value: "ever", label: "Once ever" },
]

export const CODE_SOURCE_OPTIONS: { value: PartnerCodeSource; label: string; explanation: string }[] = [
  { value: "pool", label: "Imported pool", explanation: "Codes the partner sends you, imported from a CSV file on the Partners page." },
  { value: "generated", label: "Generated", explanation: "Long random codes with a check character, made when a member claims." },
]

const optionLabel = <T extends string>(options: { value: T; label: string }[], value: T | undefined, fallback: T) =>
  options.find((option) => option.value === (value ?? fallback))?.label ?? String(value)

/** "Imported pool · once per membership period · valid 30 days". */
export function partnerBenefitSummary(config: Partial<BenefitConfigs["partner"]>) {
  const parts = [
    optionLabel(CODE_SOURCE_OPTIONS, config.code_source, "pool"),
    optionLabel(ENTITLEMENT_OPTIONS, config.entitlement, "period").toLowerCase(),
    config.code_valid_days ? `valid ${config.code_valid_days} day${config.code_valid_days === 1 ? "" : "s"}` : null,
  ]
  return parts.filter(Boolean).join(" · ")
}

/** "mpk_ab12cd34_…": how a key is recognised without showing it. */
export const keyLabel = (key: Pick<PartnerApiKey, "prefix">) => `mpk_${key.prefix}_…`

/** The code counts a pool shows, in order. */
export const CODE_COUNT_COLUMNS: { key: keyof CodeCounts; label: string }[] = [
  { key: "available", label: "Available" },
  { key: "assigned", label: "Assigned" },
  { key: "redeemed", label: "Redeemed" },
  { key: "expired", label: "Expired" },
  { key: "void", label: "Void" },
]

/** Why an import row was a duplicate, as the report shows it. */
export const duplicateReasonLabel = (reason: string) =>
  reason === "duplicate_in_file"
    ? "Repeats a code earlier in the file"
    : reason === "already_exists"
      ? "Already imported for this partner"
      : reason

/** The partner API's actions and the results its answers are logged with (the audit log's filters). */
export const AUDIT_ACTIONS = ["lookup", "redeem", "void"] as const
export const AUDIT_RESULTS = [
  "ok",
  "not_found",
  "already_redeemed",
  "expired",
  "void",
  "not_redeemed",
  "void_window_closed",
  "idempotency_key_reused",
  "invalid_data",
  "rate_limited",
  "error",
] as const

/** The green results; the rest are refusals. */
export const auditResultColor = (result: string, statusCode: number) =>
  result === "ok" ? "green" : statusCode >= 500 ? "red" : statusCode === 401 || statusCode === 429 ? "orange" : "grey"
