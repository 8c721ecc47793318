import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerStanding } from "../../../utils/customer-standing"
import { storeTierView } from "./views"

/** The signed-in shopper's tier and badge, growth, and progress to the next tier with what it unlocks. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const standing = await customerStanding(req.scope, req.auth_context.actor_id)
  const next = standing.next_tier
  res.json({
    tier: standing.tier && storeTierView(standing.tier),
    growth: standing.growth,
    next_tier: next && {
      ...storeTierView(next.tier),
      threshold: standing.program.mode === "rfm" ? next.tier.rfm_min_spend : next.tier.threshold,
      min_orders: standing.program.mode === "rfm" ? next.tier.rfm_min_orders : null,
      remaining: next.remaining,
      progress: next.progress,
    },
    mode: standing.program.mode,
    window_days: standing.program.window_days,
    protected_until: standing.protected_until,
  })
}
