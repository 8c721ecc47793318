import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { valuesBefore } from "../utils/values-before"

type Restore = Record<string, unknown> & { id: string }

/** How a module reads a row before an update, and writes values to it. */
type RestorableRow<Service, Input, Saved> = {
  /** The row as it is: by the input's id, or a module's one settings row. */
  before: (service: Service, input: Input) => Promise<{ id: string }>
  save: (service: Service, values: Restore) => Promise<Saved>
}

/**
 * A step that writes the input's fields to a row; rollback writes back the values those fields
 * had. For updates that need nothing else in the same step; each step file names it with its own id.
 */
export const restoringUpdateStep = <Service, Input extends object, Saved>(stepId: string, moduleKey: string, row: RestorableRow<Service, Input, Saved>) =>
  createStep(
    stepId,
    async (input: Input, { container }) => {
      const service = container.resolve<Service>(moduleKey)
      const previous = await row.before(service, input)
      const saved = await row.save(service, { ...(input as Record<string, unknown>), id: previous.id })
      return new StepResponse(saved, valuesBefore(previous, input, previous.id))
    },
    async (restore, { container }) => {
      if (restore) {
        await row.save(container.resolve<Service>(moduleKey), restore)
      }
    }
  )
