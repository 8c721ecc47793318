import type { AdjustPointsBody, AdjustPointsResult, CustomerPoints, CustomerPointsParams, PointsLiability, PointsProgramSettings } from "../../types/http"
import { adminPost } from "../lib/admin-fetch"
import { useAdminQuery, useInvalidatingMutation, usePagedQuery } from "./admin-queries"

export const pointsKey = ["points"] as const
const programKey = [...pointsKey, "program"] as const
const liabilityKey = [...pointsKey, "liability"] as const
const customerKey = [...pointsKey, "customer"] as const

export function usePointsProgram() {
  return useAdminQuery<{ program: PointsProgramSettings }>(programKey, "/admin/points/program")
}

/** The money value of the liability follows the redemption rates. */
export function useUpdatePointsProgram() {
  const save = (body: Partial<PointsProgramSettings>) => adminPost<{ program: PointsProgramSettings }>("/admin/points/program", body)
  return useInvalidatingMutation(save, [programKey, liabilityKey])
}

export function usePointsLiability() {
  return useAdminQuery<PointsLiability>(liabilityKey, "/admin/points/liability")
}

export function useCustomerPoints(customerId: string, params: CustomerPointsParams) {
  return usePagedQuery<CustomerPoints>([...customerKey, customerId, params], `/admin/points/customers/${customerId}`, params)
}

/** A merchant's correction (signed, never 0), with the reason kept on the ledger; one `idempotency_key` per opened form. */
export function useAdjustPoints(customerId: string) {
  const adjust = (body: AdjustPointsBody) => adminPost<AdjustPointsResult>(`/admin/points/customers/${customerId}/adjust`, body)
  return useInvalidatingMutation(adjust, [[...customerKey, customerId], liabilityKey])
}
