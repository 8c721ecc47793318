import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TIER_MODULE, type TierModuleService } from "../../../../../modules/tier"
import { countDirections, evaluationParams } from "../../../../../workflows/tiers/utils/tier-rules"
import type { AdminPreviewTiersType } from "../validators"

/**
 * What saving these tiers or evaluation settings would do to members, computed by the same
 * statement a re-evaluation runs, without writing: how many move up, down, or stay, and the
 * members per tier before and after. A proposed tier without an id is new.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPreviewTiersType>, res: MedusaResponse) => {
  const tierModule: TierModuleService = req.scope.resolve(TIER_MODULE)
  const { tiers: proposed, ...settings } = req.validatedBody
  const [program, saved] = await Promise.all([tierModule.loadTierProgram(), tierModule.listTiersByRank()])
  const tiers = proposed
    ? proposed.map((tier, index) => ({ ...tier, id: tier.id ?? `new:${index}`, name: tier.name ?? saved.find((s) => s.id === tier.id)?.name ?? "New tier" }))
    : saved
  const rows = await tierModule.previewTierEvaluation(
    evaluationParams({ ...program, ...settings }, tiers, { now: new Date(), customerIds: null, scheduled: true })
  )
  const count = (kind: string, tierId: string | null) =>
    rows.filter((row) => row.kind === kind && row.key === tierId).reduce((sum, row) => sum + row.members, 0)
  const names = new Map<string | null, string>([[null, "No tier"], ...saved.map((tier) => [tier.id, tier.name] as const), ...tiers.map((tier) => [tier.id, tier.name] as const)])
  const counts = countDirections(rows)
  res.json({
    preview: {
      ...counts,
      total: counts.up + counts.down + counts.stay,
      by_tier: [...names].map(([tierId, name]) => ({ tier_id: tierId, name, before: count("before", tierId), after: count("after", tierId) })),
    },
  })
}
