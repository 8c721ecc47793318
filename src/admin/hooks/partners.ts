import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { backendUrl, sdk } from "../lib/sdk"
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

type Page = { count: number; offset: number; limit: number }
export type PageParams = { limit: number; offset: number }

export const partnersKey = ["partners"] as const
const partnerKey = (id: string) => [...partnersKey, "detail", id] as const

export function usePartners(params: PageParams & { q?: string; status?: PartnerStatus }) {
  return useQuery({
    queryKey: [...partnersKey, "list", params],
    queryFn: () => sdk.client.fetch<Page & { partners: Partner[] }>("/admin/partners", { query: params }),
    placeholderData: keepPreviousData,
  })
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKey(id),
    queryFn: () => sdk.client.fetch<{ partner: Partner }>(`/admin/partners/${id}`),
  })
}

/** Every change makes the partners (and what hangs off them) stale. */
function useInvalidatePartners() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: partnersKey })
}

export function useCreatePartner() {
  const onSuccess = useInvalidatePartners()
  return useMutation({
    mutationFn: (body: PartnerBody) => sdk.client.fetch<{ partner: Partner }>("/admin/partners", { method: "POST", body }),
    onSuccess,
  })
}

/** Partial update; `{ status: "suspended" }` stops all the partner's keys. */
export function useUpdatePartner() {
  const onSuccess = useInvalidatePartners()
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<PartnerBody> & { id: string }) =>
      sdk.client.fetch<{ partner: Partner }>(`/admin/partners/${id}`, { method: "POST", body }),
    onSuccess,
  })
}

export function useDeletePartner() {
  const onSuccess = useInvalidatePartners()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/partners/${id}`, { method: "DELETE" }),
    onSuccess,
  })
}

export function usePartnerApiKeys(partnerId: string) {
  return useQuery({
    queryKey: [...partnerKey(partnerId), "api-keys"],
    queryFn: () => sdk.client.fetch<{ api_keys: PartnerApiKey[]; count: number }>(`/admin/partners/${partnerId}/api-keys`),
  })
}

/** Creates a key; the answer's `key` is the only time the full key is ever shown. */
export function useCreatePartnerApiKey(partnerId: string) {
  const onSuccess = useInvalidatePartners()
  return useMutation({
    mutationFn: (body: { name: string }) =>
      sdk.client.fetch<{ api_key: PartnerApiKey; key: string }>(`/admin/partners/${partnerId}/api-keys`, { method: "POST", body }),
    onSuccess,
  })
}

export function useRevokePartnerApiKey(partnerId: string) {
  const onSuccess = useInvalidatePartners()
  return useMutation({
    mutationFn: (keyId: string) =>
      sdk.client.fetch<{ api_key: PartnerApiKey }>(`/admin/partners/${partnerId}/api-keys/${keyId}/revoke`, { method: "POST" }),
    onSuccess,
  })
}

export function usePartnerBenefits(partnerId: string, params: PageParams) {
  return useQuery({
    queryKey: [...partnerKey(partnerId), "benefits", params],
    queryFn: () => sdk.client.fetch<Page & { benefits: PartnerBenefit[] }>(`/admin/partners/${partnerId}/benefits`, { query: params }),
    placeholderData: keepPreviousData,
  })
}

export type ImportBody = { csv: string; filename?: string | null; skip_invalid?: boolean }
/** The import's answer: its report, and the server's message when nothing was imported (a 400). */
export type ImportOutcome = { report: CodeImportReport; message: string | null }

/**
 * Imports a CSV into a benefit's pool. A refused import (400) still carries its report, which the
 * SDK's client drops with the body of every error, so this one call goes through `fetch` itself
 * (the admin's session cookie authenticates it like the SDK's calls).
 */
export function useImportPartnerCodes(partnerId: string) {
  const onSuccess = useInvalidatePartners()
  return useMutation({
    mutationFn: async ({ benefitId, ...body }: ImportBody & { benefitId: string }): Promise<ImportOutcome> => {
      const url = `${backendUrl.replace(/\/$/, "")}/admin/partners/${partnerId}/benefits/${benefitId}/codes/import`
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
    },
    onSuccess,
  })
}

export function usePartnerImports(partnerId: string, params: PageParams) {
  return useQuery({
    queryKey: [...partnerKey(partnerId), "imports", params],
    queryFn: () => sdk.client.fetch<Page & { imports: CodeImport[] }>(`/admin/partners/${partnerId}/imports`, { query: params }),
    placeholderData: keepPreviousData,
  })
}

export function usePartnerAudit(partnerId: string, params: PageParams & { action?: string; result?: string }) {
  return useQuery({
    queryKey: [...partnerKey(partnerId), "audit", params],
    queryFn: () =>
      sdk.client.fetch<Page & { audit_entries: PartnerAuditEntry[] }>(`/admin/partners/${partnerId}/audit`, { query: params }),
    placeholderData: keepPreviousData,
  })
}

/** The partners a benefit can name, for the benefit drawer's picker (a store has few). */
export function usePartnerOptions() {
  return useQuery({
    queryKey: [...partnersKey, "options"],
    queryFn: async () => {
      const { partners } = await sdk.client.fetch<{ partners: Partner[] }>("/admin/partners", { query: { limit: 100, offset: 0 } })
      return partners.map((partner) => ({ value: partner.id, label: partner.name }))
    },
  })
}
