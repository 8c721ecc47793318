import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService, type TierProgramSettings } from "../../../modules/membership"

export const updateTierProgramStepId = "update-tier-program"

/** Saves program settings; rollback writes the previous values back. */
export const updateTierProgramStep = createStep(
  updateTierProgramStepId,
  async (update: Partial<TierProgramSettings>, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const previous = await membership.loadTierProgram()
    const program = await membership.updateTierPrograms({ id: previous.id, ...update } as never)
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(program as unknown as TierProgramSettings & { id: string }, { ...restore, id: previous.id })
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).updateTierPrograms(restore as never)
    }
  }
)
