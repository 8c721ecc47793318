import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TIER_MODULE, type TierModuleService } from "../../../../modules/tier"
import { updateTierProgramWorkflow } from "../../../../workflows/tiers/workflows/update-tier-program"
import { evaluationCounts } from "../../../utils/evaluation-counts"
import type { AdminUpdateTierProgramType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ program: await req.scope.resolve<TierModuleService>(TIER_MODULE).loadTierProgram() })
}

/** Saves the program's settings, then re-evaluates everyone under them. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateTierProgramType>, res: MedusaResponse) => {
  const { result } = await updateTierProgramWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ program: result.program, evaluation: evaluationCounts(result.evaluation) })
}
