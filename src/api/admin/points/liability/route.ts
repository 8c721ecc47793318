import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POINTS_MODULE, type PointsModuleService, pointsValue } from "../../../../modules/points"

/**
 * The points customers hold (available and pending; expired ones are owed no more) and what they
 * are worth at each redemption rate. Pending points are counted: most of them will become spendable.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const points = req.scope.resolve<PointsModuleService>(POINTS_MODULE)
  const [held, program] = await Promise.all([points.pointsLiability(new Date()), points.loadPointsProgram()])
  const outstanding = held.available + held.pending
  res.json({ points: held, value: pointsValue(outstanding, program.redemption_rates) })
}
