import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BenefitType } from "../modules/membership/models/membership-benefit"
import type { BenefitFields } from "./steps/save-membership-benefit"
import {
  createMembershipBenefitStep,
  deleteMembershipBenefitStep,
  updateMembershipBenefitStep,
} from "./steps/save-membership-benefit"

/** Creates a benefit: its config checked against its type, its plans and tiers against the catalogue. */
export const createMembershipBenefitWorkflow = createWorkflow(
  "create-membership-benefit",
  (input: BenefitFields & { name: string; type: BenefitType }) => new WorkflowResponse(createMembershipBenefitStep(input))
)

/** Updates a benefit; its type cannot change. */
export const updateMembershipBenefitWorkflow = createWorkflow(
  "update-membership-benefit",
  (input: BenefitFields & { id: string }) => new WorkflowResponse(updateMembershipBenefitStep(input))
)

export const deleteMembershipBenefitWorkflow = createWorkflow(
  "delete-membership-benefit",
  (input: { id: string }) => new WorkflowResponse(deleteMembershipBenefitStep(input.id))
)
