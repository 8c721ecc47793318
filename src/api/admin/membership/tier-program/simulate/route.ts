import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TIER_MODULE, type TierModuleService, simulateTiers, suggestThresholds } from "../../../../../modules/tier"
import type { AdminSimulateTiersType } from "../validators"

/** Weeks each persona needs to reach each tier under the current rules, and suggested thresholds. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSimulateTiersType>, res: MedusaResponse) => {
  const tierModule: TierModuleService = req.scope.resolve(TIER_MODULE)
  const [program, tiers] = await Promise.all([tierModule.loadTierProgram(), tierModule.listTiersByRank()])
  const { personas, base, multipliers } = req.validatedBody
  res.json({
    simulation: simulateTiers({ rules: program, mode: program.mode, window_days: program.window_days, tiers, personas }),
    suggested_thresholds: base !== undefined && multipliers ? suggestThresholds(base, multipliers) : null,
  })
}
