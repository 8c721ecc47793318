import { toast } from "@medusajs/ui"
import { EntityForm, withoutFixed, withoutNulls } from "../../lib/entity-form"
import { fieldBinder, useFormValues } from "./form-values"
import { useFormSubmit } from "./use-form-submit"

type Sends<B> = { mutateAsync: (body: B) => Promise<unknown> }

type EntityFormOptions<E, B> = {
  /** The thing to edit; null creates one. */
  entity: E | null
  create: Sends<B>
  update: Sends<Partial<B> & { id: string }>
  onDone: () => void
}

/**
 * A create / edit drawer form: its title, its values, and a submit that creates the thing or
 * updates it, says so in a toast, and is done. Editing a field clears the last error.
 */
export function useEntityForm<E extends { id: string }, V, B extends { name: string }>(
  form: EntityForm<E, V, B>,
  { entity, create, update, onDone }: EntityFormOptions<E, B>
) {
  const { values, set } = useFormValues<V>(() => (entity ? form.toForm(entity) : form.empty()), () => submission.clearError())
  const submission = useFormSubmit({
    save: async () => {
      const body = form.toBody(values)
      if (entity) {
        await update.mutateAsync({ id: entity.id, ...withoutFixed(body, form.fixed) })
      } else {
        await create.mutateAsync(withoutNulls(body))
      }
      toast.success(`${form.noun} "${body.name}" ${entity ? "saved" : "created"}`)
      onDone()
    },
  })
  const title = `${entity ? "Edit" : "Create"} ${form.thing}`
  // The fields' ids follow the thing and their names: "mall-item-points-price".
  const field = fieldBinder({ values, set }, form.thing.replaceAll(" ", "-"))
  return { values, set, field, title, ...submission }
}
