import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkInWorkflow } from "../../../../workflows/points/workflows/check-in"
import { customerStanding } from "../../../utils/customer-standing"

/** Today's check-in (once per store day); a second one the same day awards nothing. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result } = await checkInWorkflow(req.scope).run({ input: { customer_id: customerId } })
  const standing = await customerStanding(req.scope, customerId)
  res.json({ check_in: result, growth: standing.growth })
}
