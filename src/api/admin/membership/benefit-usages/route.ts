import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../modules/membership"
import { pageOf } from "../../../utils/page"
import type { AdminListBenefitUsagesParamsType } from "./validators"

const USAGE_FIELDS = [
  "id",
  "customer_id",
  "membership_id",
  "benefit_id",
  "benefit_type",
  "order_id",
  "value",
  "reversed_value",
  "currency_code",
  "used_at",
] as const

/** Benefit usage records, newest first, paginated; filtered by customer, benefit, order or membership. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListBenefitUsagesParamsType>, res: MedusaResponse) => {
  const { limit, offset, customer_id, benefit_id, order_id, membership_id } = req.validatedQuery as AdminListBenefitUsagesParamsType
  const filters = Object.fromEntries(
    Object.entries({ customer_id, benefit_id, order_id, membership_id }).filter(([, value]) => value !== undefined)
  )
  const [usages, count] = await req.scope
    .resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    .listAndCountBenefitUsages(filters, { select: [...USAGE_FIELDS], order: { used_at: "DESC", id: "DESC" }, skip: offset, take: limit })
  res.json({ benefit_usages: usages, ...pageOf(usages, { count, skip: offset, take: limit }) })
}
