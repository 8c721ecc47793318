import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService, type AppliedTransition } from "../../../modules/membership"
import { type MembershipCommand, transitionFor } from "../utils/membership-commands"

export const applyMembershipCommandStepId = "apply-membership-command"

/** Turns a command into a transition on the membership as it is now, and writes it in one transaction. */
export async function applyCommand(container: MedusaContainer, command: MembershipCommand) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const input = await transitionFor(membership, command)
  const applied = await membership.applyTransition(input)
  return { ...applied, event_type: input.transition.event.type }
}

export async function revertCommand(container: MedusaContainer, applied: AppliedTransition | undefined) {
  if (applied) {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    await membership.revertTransition(applied)
  }
}

/** Applies a lifecycle command to fresh state in one transaction; compensation undoes it. */
export const applyMembershipCommandStep = createStep(
  applyMembershipCommandStepId,
  async (command: MembershipCommand, { container }) => {
    const applied = await applyCommand(container, command)
    return new StepResponse(applied, applied as AppliedTransition)
  },
  async (applied: AppliedTransition | undefined, { container }) => revertCommand(container, applied)
)
