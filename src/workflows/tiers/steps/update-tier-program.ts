import { TIER_MODULE, type TierModuleService, type TierProgramSettings } from "../../../modules/tier"
import { restoringUpdateStep } from "../../common/steps/restoring-update-step"

type Program = TierProgramSettings & { id: string }

export const updateTierProgramStepId = "update-tier-program"

/** Saves program settings; rollback writes the previous values back. */
export const updateTierProgramStep = restoringUpdateStep<TierModuleService, Partial<TierProgramSettings>, Program>(updateTierProgramStepId, TIER_MODULE, {
  before: (tiers) => tiers.loadTierProgram(),
  save: async (tiers, values) => (await tiers.updateTierPrograms(values as never)) as unknown as Program,
})
