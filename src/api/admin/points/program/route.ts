import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POINTS_MODULE, type PointsModuleService } from "../../../../modules/points"
import { updatePointsProgramWorkflow } from "../../../../workflows/points/workflows/update-points-program"
import type { AdminUpdatePointsProgramType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ program: await req.scope.resolve<PointsModuleService>(POINTS_MODULE).loadPointsProgram() })
}

/** Saves some of the program's settings; the others keep their values. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePointsProgramType>, res: MedusaResponse) => {
  const { result } = await updatePointsProgramWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ program: result.program })
}
