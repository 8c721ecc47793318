import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { roundMoney } from "../../../../lib/money"
import { POINTS_MODULE, type PointsModuleService } from "../../../../modules/points"

/**
 * The points customers hold (available and pending; expired ones are owed no more) and what they
 * are worth at each redemption rate. Pending points are counted: most of them will become spendable.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const points = req.scope.resolve<PointsModuleService>(POINTS_MODULE)
  const [held, program] = await Promise.all([points.pointsLiability(new Date()), points.loadPointsProgram()])
  const outstanding = held.available + held.pending
  const value = program.redemption_rates
    .filter((rate) => rate.points_per_unit > 0)
    .map((rate) => ({ currency_code: rate.currency_code, amount: roundMoney(outstanding / rate.points_per_unit, rate.currency_code) }))
  res.json({ points: held, value })
}
