import { useQuery } from "@tanstack/react-query"
import type {
  CodeImportList,
  CodeImportReport,
  CreatedPartnerApiKey,
  CreatePartnerApiKeyBody,
  Deleted,
  ImportCodesBody,
  Page,
  PageParams,
  Partner,
  PartnerApiKey,
  PartnerApiKeyList,
  PartnerAuditList,
  PartnerAuditListParams,
  PartnerBenefitList,
  PartnerBody,
  PartnerList,
  PartnerListParams,
} from "../../types/http"
import { adminGet, adminPost } from "../lib/admin-fetch"
import { backendUrl } from "../lib/sdk"
import { crudMutations, useAdminQuery, useInvalidatingMutation, usePagedQuery } from "./admin-queries"

export const partnersKey = ["partners"] as const
const partnerKey = (id: string) => [...partnersKey, "detail", id] as const
const PARTNERS_PATH = "/admin/partners"

export function usePartners(params: PartnerListParams) {
  return usePagedQuery<PartnerList>([...partnersKey, "list", params], PARTNERS_PATH, params)
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
} = crudMutations<{ partner: Partner }, PartnerBody, Partial<PartnerBody>, Deleted<"partner">>(PARTNERS_PATH, [
  partnersKey,
])

export function usePartnerApiKeys(partnerId: string) {
  const path = `${PARTNERS_PATH}/${partnerId}/api-keys`
  return useAdminQuery<PartnerApiKeyList>([...partnerKey(partnerId), "api-keys"], path)
}

/** Creates a key; the answer's `key` is the only time the full key is ever shown. */
export function useCreatePartnerApiKey(partnerId: string) {
  const create = (body: CreatePartnerApiKeyBody) => adminPost<CreatedPartnerApiKey>(`${PARTNERS_PATH}/${partnerId}/api-keys`, body)
  return useInvalidatingMutation(create, [partnersKey])
}

export function useRevokePartnerApiKey(partnerId: string) {
  const revoke = (keyId: string) => adminPost<{ api_key: PartnerApiKey }>(`${PARTNERS_PATH}/${partnerId}/api-keys/${keyId}/revoke`)
  return useInvalidatingMutation(revoke, [partnersKey])
}

/** A page of the partner's `benefits`, `imports` or `audit` entries. */
function usePartnerPage<List extends Page>(partnerId: string, part: string, params: PageParams) {
  return usePagedQuery<List>([...partnerKey(partnerId), part, params], `${PARTNERS_PATH}/${partnerId}/${part}`, params)
}

export const usePartnerBenefits = (partnerId: string, params: PageParams) =>
  usePartnerPage<PartnerBenefitList>(partnerId, "benefits", params)

/** The import's answer: its report, and the server's message when nothing was imported (a 400). */
export type ImportOutcome = { report: CodeImportReport; message: string | null }

/**
 * Imports a CSV into a benefit's pool. A refused import (400) still carries its report, which the
 * SDK's client drops with the body of every error, so this one call goes through `fetch` itself
 * (the admin's session cookie authenticates it like the SDK's calls).
 */
export function useImportPartnerCodes(partnerId: string) {
  const importCodes = async ({ benefitId, ...body }: ImportCodesBody & { benefitId: string }): Promise<ImportOutcome> => {
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
  usePartnerPage<CodeImportList>(partnerId, "imports", params)

export const usePartnerAudit = (partnerId: string, params: PartnerAuditListParams) =>
  usePartnerPage<PartnerAuditList>(partnerId, "audit", params)

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
