import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINTS_MODULE, type PointsProgramSettings, type PointsModuleService } from "../../../modules/points"

export const updatePointsProgramStepId = "update-points-program"

/** Saves points program settings; rollback writes the previous values back. */
export const updatePointsProgramStep = createStep(
  updatePointsProgramStepId,
  async (update: Partial<PointsProgramSettings>, { container }) => {
    const points: PointsModuleService = container.resolve(POINTS_MODULE)
    const previous = await points.loadPointsProgram()
    const program = await points.updatePointsPrograms({ id: previous.id, ...update } as never)
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(program as unknown as PointsProgramSettings & { id: string }, { ...restore, id: previous.id })
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<PointsModuleService>(POINTS_MODULE).updatePointsPrograms(restore as never)
    }
  }
)
