import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TIER_MODULE, type TierModuleService, type TierProgramSettings } from "../../../modules/tier"

export const updateTierProgramStepId = "update-tier-program"

/** Saves program settings; rollback writes the previous values back. */
export const updateTierProgramStep = createStep(
  updateTierProgramStepId,
  async (update: Partial<TierProgramSettings>, { container }) => {
    const tierModule: TierModuleService = container.resolve(TIER_MODULE)
    const previous = await tierModule.loadTierProgram()
    const program = await tierModule.updateTierPrograms({ id: previous.id, ...update } as never)
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(program as unknown as TierProgramSettings & { id: string }, { ...restore, id: previous.id })
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<TierModuleService>(TIER_MODULE).updateTierPrograms(restore as never)
    }
  }
)
