import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPartnerStep } from "../steps/create-partner"
import { type PartnerFields } from "../utils/partner-fields"

export const createPartnerWorkflowId = "create-partner"

/**
 * Creates a partner: a company whose codes its partner benefits hand out to members. A rollback
 * deletes it again.
 *
 * @example
 * const { result } = await createPartnerWorkflow(container).run({
 *   input: { name: "CineCity", contact_name: "Ana Ruiz", contact_email: "partners@cinecity.example" },
 * })
 */
export const createPartnerWorkflow = createWorkflow(createPartnerWorkflowId, (input: PartnerFields & { name: string }) => {
  return new WorkflowResponse(createPartnerStep(input))
})
