import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POINTS_MODULE, type PointsModuleService } from "../../../modules/points"
import { pointsBalancesOf } from "../../utils/points-ledger"

/** The signed-in shopper's points balances and the rules for spending them. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [balances, program] = await Promise.all([
    pointsBalancesOf(req.scope, req.auth_context.actor_id),
    req.scope.resolve<PointsModuleService>(POINTS_MODULE).loadPointsProgram(),
  ])
  res.json({
    balances,
    program: { redemption_rates: program.redemption_rates, max_share_percent: program.max_share_percent, min_redemption: program.min_redemption },
  })
}
