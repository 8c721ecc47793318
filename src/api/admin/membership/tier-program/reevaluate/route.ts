import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reevaluateTiersWorkflow } from "../../../../../workflows/tiers/workflows/reevaluate-tiers"
import { evaluationCounts } from "../../../../utils/evaluation-counts"

/** Runs the scheduled re-evaluation now (expiry, downgrades per policy, groups). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await reevaluateTiersWorkflow(req.scope).run({ input: {} })
  res.json({ evaluation: { ...evaluationCounts(result), expired: result.expired } })
}
