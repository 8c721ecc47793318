import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBERSHIP_MODULE, type MembershipModuleService, simulateTiers, suggestThresholds } from "../../../../../modules/membership"
import type { AdminSimulateTiersType } from "../validators"

/** Weeks each persona needs to reach each tier under the current rules, and suggested thresholds. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSimulateTiersType>, res: MedusaResponse) => {
  const membership: MembershipModuleService = req.scope.resolve(MEMBERSHIP_MODULE)
  const [program, tiers] = await Promise.all([membership.loadTierProgram(), membership.listTiersByRank()])
  const { personas, base, multipliers } = req.validatedBody
  res.json({
    simulation: simulateTiers({ rules: program, mode: program.mode, window_days: program.window_days, tiers, personas }),
    suggested_thresholds: base !== undefined && multipliers ? suggestThresholds(base, multipliers) : null,
  })
}
