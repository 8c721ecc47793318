import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { recordGrowthWorkflow } from "../../../../../../workflows/tiers/workflows/record-growth"
import { TIER_MODULE, type TierModuleService } from "../../../../../../modules/tier"
import { GROWTH_ENTRY_FIELDS, growthPage } from "../../../../../utils/growth-ledger"
import { customerStanding } from "../../../../../utils/customer-standing"
import type { AdminAdjustGrowthType, AdminListGrowthParamsType } from "./validators"

/** A customer's tier, growth totals and growth ledger (paginated, newest first). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListGrowthParamsType>, res: MedusaResponse) => {
  await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.params.id)
  const standing = await customerStanding(req.scope, req.params.id)
  const page = await growthPage(req.scope, req.params.id, req.validatedQuery as AdminListGrowthParamsType)
  res.json({
    customer_id: req.params.id,
    tier: standing.tier,
    next_tier: standing.next_tier?.tier ?? null,
    growth: standing.growth,
    protected_until: standing.protected_until,
    ...page,
  })
}

/** A merchant's adjustment, with its reason; upgrades at once when it lifts the customer. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAdjustGrowthType>, res: MedusaResponse) => {
  await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.params.id)
  const { amount, note, idempotency_key } = req.validatedBody
  const key = `manual:${req.params.id}:${idempotency_key ?? randomUUID()}`
  await recordGrowthWorkflow(req.scope).run({
    input: { customer_id: req.params.id, amount, reason: "manual", note, idempotency_key: key, actor: `admin:${req.auth_context.actor_id}` },
  })
  // A retry with the same key wrote nothing: it answers with the entry the first call wrote.
  const [entry] = await req.scope
    .resolve<TierModuleService>(TIER_MODULE)
    .listGrowthEntries({ idempotency_key: key }, { select: [...GROWTH_ENTRY_FIELDS] })
  const standing = await customerStanding(req.scope, req.params.id)
  res.status(201).json({ entry, tier: standing.tier })
}
