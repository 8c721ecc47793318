import { createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"

/**
 * A scheduled run as a workflow: `run` (one step) under the lock `lockKey`, so one run at a
 * time goes across instances; a second waits up to 5 minutes. The lock outlives a dead holder
 * by 15 minutes at most.
 */
export function oneRunAtATimeWorkflow<I, O>(id: string, lockKey: string, run: (input: WorkflowData<I>) => WorkflowData<O>) {
  return createWorkflow(id, (input: WorkflowData<I>) => {
    acquireLockStep({ key: lockKey, timeout: 300, ttl: 900 })
    const summary = run(input)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(summary)
  })
}
