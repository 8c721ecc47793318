import type { MembershipBenefit, PartnerEntitlement } from "./benefits"
import type { Page, PageParams } from "./common"

export const PARTNER_STATUSES = ["active", "suspended"] as const
export type PartnerStatus = (typeof PARTNER_STATUSES)[number]

export const PARTNER_CODE_STATUSES = ["available", "assigned", "redeemed", "void"] as const
export type PartnerCodeStatus = (typeof PARTNER_CODE_STATUSES)[number]
/** A code's status as members and partners see it: an assigned code past `expires_at` is `expired`. */
export type PartnerCodeViewStatus = PartnerCodeStatus | "expired"

/**
 * What the partner API writes to the audit log: its actions, and the results of its answers —
 * `ok`, an answer's error `type`, a refused key's reason, or `error` for an unexpected failure.
 * The admin's audit filters accept these only, and the admin page offers them.
 */
export const PARTNER_AUDIT_ACTIONS = ["lookup", "redeem", "void"] as const
export type PartnerAuditAction = (typeof PARTNER_AUDIT_ACTIONS)[number]

export const PARTNER_AUDIT_RESULTS = [
  "ok",
  "not_found",
  "already_redeemed",
  "expired",
  "void",
  "not_redeemed",
  "void_window_closed",
  "idempotency_key_reused",
  "invalid_data",
  "unauthorized",
  "revoked_key",
  "partner_suspended",
  "rate_limited",
  "error",
] as const
export type PartnerAuditResult = (typeof PARTNER_AUDIT_RESULTS)[number]

export type Partner = {
  id: string
  name: string
  status: PartnerStatus
  contact_name: string | null
  contact_email: string | null
  notes: string | null
  created_at: string
}

export type PartnerList = Page & { partners: Partner[] }

export type PartnerListParams = PageParams & { q?: string; status?: PartnerStatus }

/** `POST /admin/partners`; an update takes any part of it (`{ status: "suspended" }` stops all its keys). */
export type PartnerBody = {
  name: string
  status?: PartnerStatus
  contact_name?: string | null
  contact_email?: string | null
  notes?: string | null
}

/** A key as listed: never the key itself, which only the create call returns. */
export type PartnerApiKey = {
  id: string
  partner_id: string
  name: string
  prefix: string
  last_used_at: string | null
  revoked_at: string | null
  created_at: string
}

export type PartnerApiKeyList = { api_keys: PartnerApiKey[]; count: number }

export type CreatePartnerApiKeyBody = { name: string }
/** `key` (`mpk_<prefix>_<secret>`) is in this answer only. */
export type CreatedPartnerApiKey = { api_key: PartnerApiKey; key: string }

export type PartnerCodeCounts = { available: number; assigned: number; redeemed: number; void: number; expired: number }

/** A partner benefit of the catalogue with its codes counted; `low_stock` for a pool under its threshold. */
export type PartnerBenefit = MembershipBenefit & { codes: PartnerCodeCounts; low_stock: boolean }

export type PartnerBenefitList = Page & { benefits: PartnerBenefit[] }

/** `POST /admin/partners/:id/benefits/:benefit_id/codes/import`: at most 5 MB of CSV. */
export type ImportCodesBody = { csv: string; filename?: string | null; skip_invalid?: boolean }

/** What an import answers (201), or refuses with (400 `{ type, message, report }`) when nothing was imported. */
export type CodeImportReport = {
  import_id: string | null
  rows: number
  imported: number
  duplicates: { line: number; code_fingerprint: string; reason: "duplicate_in_file" | "already_exists" }[]
  malformed: { line: number; reason: string }[]
  counts: { duplicates: number; malformed: number }
}

export type CodeImport = {
  id: string
  benefit_id: string
  /** `name` is null for a benefit that no longer exists at all. */
  benefit: { id: string; name: string | null }
  filename: string | null
  rows: number
  imported: number
  duplicates: number
  malformed: number
  created_at: string
}

export type CodeImportList = Page & { imports: CodeImport[] }

export type CodeImportListParams = PageParams & { benefit_id?: string }

export type PartnerAuditEntry = {
  id: string
  key_prefix: string | null
  action: string
  code_fingerprint: string | null
  result: string
  status_code: number
  ip: string | null
  /** More than 1: refused calls counted in one entry, from `created_at` to `updated_at` (the same minute). */
  attempts: number
  created_at: string
  updated_at: string
}

export type PartnerAuditList = Page & { audit_entries: PartnerAuditEntry[] }

export type PartnerAuditListParams = PageParams & { action?: PartnerAuditAction; result?: PartnerAuditResult }

/** Why a held partner benefit cannot be claimed now. */
export const PARTNER_UNCLAIMABLE_REASONS = ["claimed", "no_codes_left", "partner_unavailable"] as const
export type PartnerUnclaimableReason = (typeof PARTNER_UNCLAIMABLE_REASONS)[number]

/** What a shopper sees of one of their codes. */
export type StorePartnerCode = {
  id: string
  code: string
  status: PartnerCodeViewStatus
  benefit: { id: string; name: string | null }
  entitlement_key: string | null
  assigned_at: string | null
  expires_at: string | null
  redeemed_at: string | null
  voided_at: string | null
}

/** A partner benefit the shopper holds, with the code held for the entitlement a claim would use up. */
export type StorePartnerBenefit = {
  id: string
  name: string
  description: string | null
  partner: { id: string; name: string } | null
  entitlement: PartnerEntitlement
  entitlement_key: string
  claimable: boolean
  unclaimable_reason: PartnerUnclaimableReason | null
  code: StorePartnerCode | null
}

/** `GET /store/partner-benefits`: `codes` is every code the shopper claimed, newest first, paginated. */
export type StorePartnerBenefits = Page & { benefits: StorePartnerBenefit[]; codes: StorePartnerCode[] }

/** `POST /store/partner-benefits/:id/claim`: 201 with a new code, 200 with the one already held. */
export type ClaimPartnerBenefitResult = { code: StorePartnerCode; created: boolean }
