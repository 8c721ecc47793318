import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { queryConfigPage } from "../../../utils/page"
import type { AdminListMembershipsParamsType } from "./validators"

/** Memberships, filtered by plan, status or customer, newest first by default, paginated. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListMembershipsParamsType>, res: MedusaResponse) => {
  const { rows: memberships, page } = await queryConfigPage(req, "membership", { order: { created_at: "DESC" } })
  res.json({ memberships, ...page })
}
