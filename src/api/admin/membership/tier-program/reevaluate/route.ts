import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reevaluateTiers } from "../../../../../workflows/tiers/utils/reevaluate-tiers"

/** Runs the scheduled re-evaluation now (expiry, downgrades per policy, groups). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { up, down, stay, expired } = await reevaluateTiers(req.scope)
  res.json({ evaluation: { up, down, stay, expired } })
}
