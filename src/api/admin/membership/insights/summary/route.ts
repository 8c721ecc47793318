import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../../modules/membership"
import { POINTS_MODULE, type PointsModuleService } from "../../../../../modules/points"
import type { AdminInsightsSummaryParamsType } from "../validators"
import { insightsSummary, insightsSummaryCsv } from "../views"

const day = (date: Date) => date.toISOString().slice(0, 10)

/**
 * The program's figures for a range, from the ledgers: members and MRR at its end, new and
 * churned members, fees, benefit cost and margin, points movements, outstanding points and
 * their liability. `format=csv` (or `Accept: text/csv`) answers the same figures as a CSV file.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminInsightsSummaryParamsType>, res: MedusaResponse) => {
  const { from, to, currency_code, format } = req.validatedQuery as AdminInsightsSummaryParamsType
  const points = req.scope.resolve<PointsModuleService>(POINTS_MODULE)
  const [membership, activity, program] = await Promise.all([
    req.scope.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).membershipInsights({ from, to }),
    points.pointsActivity(from, to),
    points.loadPointsProgram(),
  ])
  const summary = insightsSummary({ range: { from, to }, membership, points: activity, redemptionRates: program.redemption_rates, currencyCode: currency_code })
  if (format === "csv" || (!format && req.accepts(["application/json", "text/csv"]) === "text/csv")) {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="membership-summary-${day(from)}-${day(to)}.csv"`)
    res.send(insightsSummaryCsv(summary))
    return
  }
  res.json(summary)
}
