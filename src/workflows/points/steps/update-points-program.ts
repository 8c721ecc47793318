import { POINTS_MODULE, type PointsModuleService, type PointsProgramSettings } from "../../../modules/points"
import { restoringUpdateStep } from "../../common/steps/restoring-update-step"

type Program = PointsProgramSettings & { id: string }

export const updatePointsProgramStepId = "update-points-program"

/** Saves points program settings; rollback writes the previous values back. */
export const updatePointsProgramStep = restoringUpdateStep<PointsModuleService, Partial<PointsProgramSettings>, Program>(updatePointsProgramStepId, POINTS_MODULE, {
  before: (points) => points.loadPointsProgram(),
  save: async (points, values) => (await points.updatePointsPrograms(values as never)) as unknown as Program,
})
