import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** How a module soft-deletes and restores one kind of row. */
type SoftDeletes<Service> = {
  remove: (service: Service, ids: string[]) => Promise<unknown>
  restore: (service: Service, ids: string[]) => Promise<unknown>
}

/** A step that soft-deletes a row by id and answers the id; rollback restores it. Each step file names it with its own id. */
export const softDeleteStep = <Service>(stepId: string, moduleKey: string, rows: SoftDeletes<Service>) =>
  createStep(
    stepId,
    async (id: string, { container }) => {
      await rows.remove(container.resolve<Service>(moduleKey), [id])
      return new StepResponse(id, id)
    },
    async (id, { container }) => {
      if (id) {
        await rows.restore(container.resolve<Service>(moduleKey), [id])
      }
    }
  )
