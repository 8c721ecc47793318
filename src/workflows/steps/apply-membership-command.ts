import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import type { AppliedTransition } from "../../modules/membership/service"
import { type MembershipCommand, transitionFor } from "../utils/membership-commands"

export const applyMembershipCommandStepId = "apply-membership-command"

/** Applies a lifecycle command to fresh state in one transaction; compensation undoes it. */
export const applyMembershipCommandStep = createStep(
  applyMembershipCommandStepId,
  async (command: MembershipCommand, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const input = await transitionFor(membership, command)
    const applied = await membership.applyTransition(input)
    return new StepResponse({ ...applied, event_type: input.transition.event.type }, applied)
  },
  async (applied: AppliedTransition | undefined, { container }) => {
    if (!applied) {
      return
    }
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    await membership.revertTransition(applied)
  }
)
