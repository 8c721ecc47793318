import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CreateMembershipPlanInput } from "../modules/membership/types"
import { withPlanHandles } from "../modules/membership/utils/plan-handle"
import { createMembershipPlansStep } from "./steps/create-membership-plans"

export type CreateMembershipPlansWorkflowInput = {
  plans: CreateMembershipPlanInput[]
}

export const createMembershipPlansWorkflowId = "create-membership-plans"

/** Creates membership plans; a plan without a handle gets one from its name. */
export const createMembershipPlansWorkflow = createWorkflow(
  createMembershipPlansWorkflowId,
  (input: CreateMembershipPlansWorkflowInput) => {
    const plans = transform({ input }, ({ input }) => withPlanHandles(input.plans))
    const created = createMembershipPlansStep(plans)
    return new WorkflowResponse(created)
  }
)
