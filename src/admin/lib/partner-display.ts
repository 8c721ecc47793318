import type {
  BenefitConfigs,
  CodeImportReport,
  PartnerApiKey,
  PartnerCodeCounts,
  PartnerCodeSource,
  PartnerEntitlement,
  PartnerStatus,
} from "../../types/http"

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
export const CODE_COUNT_COLUMNS: { key: keyof PartnerCodeCounts; label: string }[] = [
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

/** The green results; the rest are refusals. */
export const auditResultColor = (result: string, statusCode: number) =>
  result === "ok" ? "green" : statusCode >= 500 ? "red" : statusCode === 401 || statusCode === 429 ? "orange" : "grey"

const rowsOf = (count: number) => `${count.toLocaleString("en-US")} row${count === 1 ? "" : "s"}`
const codesOf = (count: number) => `${count.toLocaleString("en-US")} code${count === 1 ? "" : "s"}`

/**
 * Why an import added nothing, in the words of the import form (its "Skip problem rows"
 * checkbox), from the report the server refused the file with.
 */
export function importRefusal(report: CodeImportReport) {
  const duplicates = report.counts?.duplicates ?? report.duplicates.length
  const malformed = report.counts?.malformed ?? report.malformed.length
  const problems = duplicates + malformed
  const valid = report.rows - problems
  if (!report.rows) {
    return "Nothing was imported: the file has no codes."
  }
  if (!valid) {
    return `Nothing was imported: none of the file's ${rowsOf(report.rows)} can be imported (listed below).`
  }
  return `Nothing was imported: ${rowsOf(problems)} ${problems === 1 ? "has a problem" : "have problems"} (listed below). Fix them in the file and import it again, or import skipping the problem rows to add the other ${codesOf(valid)}.`
}

/** What suspending, reactivating and deleting a partner mean. */
export const PARTNER_CHANGES = {
  noun: "Partner",
  stopping: "Every API key of the partner answers 401 until you reactivate it. Members keep their codes.",
  restarting: "The partner's keys that are not revoked work again.",
  deleting: "Its API keys stop working at once. A partner whose benefits still exist cannot be deleted: suspend it instead.",
}
