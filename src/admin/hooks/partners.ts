import { useQuery } from "@tanstack/react-query"
import { adminGet, adminPost } from "../lib/admin-fetch"
import { backendUrl } from "../lib/sdk"
import { crudMutations, Page, PageParams, useAdminQuery, useInvalidatingMutation, usePagedQuery } from "./admin-queries"
import type { MembershipBenefit } from "./membership-benefits"

// Partners, their API keys, benefits with code pools, imports and audit log, as the admin API
// returns them (issue 7's contract).

export type PartnerStatus = "active" | "suspended"

export type Partner = {
  id: string
  name: string
  status: PartnerStatus
  contact_name: string | null
  contact_email: string | null
  notes: string | null
  created_at: string
}

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

export type CodeCounts = { available: number; assigned: number; redeemed: number; void: number; expired: number }

/** A partner benefit of the catalogue with its codes counted; `low_stock` for a pool under its threshold. */
export type PartnerBenefit = MembershipBenefit & { codes: CodeCounts; low_stock: boolean }

export type CodeImportReport = {
  import_id: string | null
  rows: number
  imported: number
  duplicates: { line: number; code_fingerprint: string; reason: string }[]
  malformed: { line: number; reason: string }[]
  counts?: Record<string, number>
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

export const partnersKey = ["partners"] as const
const partnerKey = (id: string) => [...partnersKey, "detail", id] as const
const PARTNERS_PATH = "/admin/partners"

export function usePartners(params: PageParams & { q?: string; status?: PartnerStatus }) {
  return usePagedQuery<Page & { partners: Partner[] }>([...partnersKey, "list", params], PARTNERS_PATH, params)
}

export function usePartner(id: string) {
  return useAdminQuery<{ partner: Partner }>(partnerKey(id), `${PARTNERS_PATH}/${id}`)
}

/**
 * Every change makes the partners (and what hangs off them) stale. An update is partial:
 * `{ status: "suspended" }` stops all the partner's keys.
 */
export const {
  useCreate: useCreatePartner,
  useUpdate: useUpdatePartner,
  useDelete: useDeletePartner,
} = crudMutations<{ partner: Partner }, PartnerBody, Partial<PartnerBody>, { id: string; deleted: boolean }>(PARTNERS_PATH, [
  partnersKey,
])

export function usePartnerApiKeys(partnerId: string) {
  const path = `${PARTNERS_PATH}/${partnerId}/api-keys`
  return useAdminQuery<{ api_keys: PartnerApiKey[]; count: number }>([...partnerKey(partnerId), "api-keys"], path)
}

/** Creates a key; the answer's `key` is the only time the full key is ever shown. */
export function useCreatePartnerApiKey(partnerId: string) {
  const create = (body: { name: string }) =>
    adminPost<{ api_key: PartnerApiKey; key: string }>(`${PARTNERS_PATH}/${partnerId}/api-keys`, body)
  return useInvalidatingMutation(create, [partnersKey])
}

export function useRevokePartnerApiKey(partnerId: string) {
  const revoke = (keyId: string) => adminPost<{ api_key: PartnerApiKey }>(`${PARTNERS_PATH}/${partnerId}/api-keys/${keyId}/revoke`)
  return useInvalidatingMutation(revoke, [partnersKey])
}

/** A page of the partner's `benefits`, `imports` or `audit` entries. */
function usePartnerPage<Rows>(partnerId: string, part: string, params: Record<string, unknown>) {
  return usePagedQuery<Page & Rows>([...partnerKey(partnerId), part, params], `${PARTNERS_PATH}/${partnerId}/${part}`, params)
}

export const usePartnerBenefits = (partnerId: string, params: PageParams) =>
  usePartnerPage<{ benefits: PartnerBenefit[] }>(partnerId, "benefits", params)

export type ImportBody = { csv: string; filename?: string | null; skip_invalid?: boolean }
/** The import's answer: its report, and the server's message when nothing was imported (a 400). */
export type ImportOutcome = { report: CodeImportReport; message: string | null }

/**
 * Imports a CSV into a benefit's pool. A refused import (400) still carries its report, which the
 * SDK's client drops with the body of every error, so this one call goes through `fetch` itself
 * (the admin's session cookie authenticates it like the SDK's calls).
 */
export function useImportPartnerCodes(partnerId: string) {
  const importCodes = async ({ benefitId, ...body }: ImportBody & { benefitId: string }): Promise<ImportOutcome> => {
    const url = `${backendUrl.replace(/\/$/, "")}${PARTNERS_PATH}/${partnerId}/benefits/${benefitId}/codes/import`
    const response = await fetch(url, {
      method: "POST",
      credentials: "include",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    })
    const json = (await response.json().catch(() => ({}))) as { report?: CodeImportReport; message?: string }
    if (!json.report) {
      throw new Error(json.message ?? response.statusText)
    }
    return { report: json.report, message: response.ok ? null : (json.message ?? null) }
  }
  return useInvalidatingMutation(importCodes, [partnersKey])
}

export const usePartnerImports = (partnerId: string, params: PageParams) =>
  usePartnerPage<{ imports: CodeImport[] }>(partnerId, "imports", params)

export const usePartnerAudit = (partnerId: string, params: PageParams & { action?: string; result?: string }) =>
  usePartnerPage<{ audit_entries: PartnerAuditEntry[] }>(partnerId, "audit", params)

/** The partners a benefit can name, for the benefit drawer's picker (a store has few). */
export function usePartnerOptions() {
  return useQuery({
    queryKey: [...partnersKey, "options"],
    queryFn: async () => {
      const { partners } = await adminGet<{ partners: Partner[] }>(PARTNERS_PATH, { limit: 100, offset: 0 })
      return partners.map((partner) => ({ value: partner.id, label: partner.name }))
    },
  })
}
