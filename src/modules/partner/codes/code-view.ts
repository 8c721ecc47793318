import type { PartnerCodeView, PartnerCodeViewStatus } from "../types"

export type PartnerCodeRow = {
  id: string
  partner_id: string
  benefit_id: string
  code: string
  code_hash: string
  fingerprint: string
  status: "available" | "assigned" | "redeemed" | "void"
  customer_id: string | null
  entitlement_key: string | null
  assigned_at: Date | string | null
  expires_at: Date | string | null
  redeemed_at: Date | string | null
  voided_at: Date | string | null
}

const asDate = (value: Date | string | null) => (value === null ? null : new Date(value))

/** An assigned code past its expiry is `expired`; every other status is as stored. */
export function codeStatus(row: Pick<PartnerCodeRow, "status" | "expires_at">, now: Date): PartnerCodeViewStatus {
  const expired = row.expires_at !== null && new Date(row.expires_at).getTime() <= now.getTime()
  return row.status === "assigned" && expired ? "expired" : row.status
}

export function toCodeView(row: PartnerCodeRow, now: Date): PartnerCodeView {
  return {
    id: row.id,
    benefit_id: row.benefit_id,
    partner_id: row.partner_id,
    code: row.code,
    fingerprint: row.fingerprint,
    status: codeStatus(row, now),
    customer_id: row.customer_id,
    entitlement_key: row.entitlement_key,
    assigned_at: asDate(row.assigned_at),
    expires_at: asDate(row.expires_at),
    redeemed_at: asDate(row.redeemed_at),
    voided_at: asDate(row.voided_at),
  }
}

/** A date as the partner API shows it (ISO string), so a stored replay is identical. */
export const isoDate = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

/** What the partner API shows of a code: no customer data. Dates as ISO strings so a stored replay is identical. */
export function partnerCodeBody(view: PartnerCodeView): Record<string, unknown> {
  return {
    code: {
      code: view.code,
      status: view.status,
      benefit_id: view.benefit_id,
      assigned_at: isoDate(view.assigned_at),
      expires_at: isoDate(view.expires_at),
      redeemed_at: isoDate(view.redeemed_at),
      voided_at: isoDate(view.voided_at),
    },
  }
}
