import { useState } from "react"

/** What each part of a form gets: the values and a setter for one field. */
export type FormPartProps<V> = {
  values: V
  set: <K extends keyof V>(field: K, value: V[K]) => void
}

type BoundField<V, K extends keyof V> = { value: V[K]; onChange: (value: V[K]) => void }

/**
 * Binds a form field component to one field, so its value and setter cannot name two
 * different fields: `<NumberField … {...field("trial_days")} />`. With `idPrefix`, the field's
 * id follows its name too ("benefit" and `trial_days`: "benefit-trial-days").
 */
export function fieldBinder<V>(part: FormPartProps<V>): <K extends keyof V & string>(name: K) => BoundField<V, K>
export function fieldBinder<V>(part: FormPartProps<V>, idPrefix: string): <K extends keyof V & string>(name: K) => BoundField<V, K> & { id: string }
export function fieldBinder<V>({ values, set }: FormPartProps<V>, idPrefix?: string) {
  return <K extends keyof V & string>(name: K) => ({
    ...(idPrefix === undefined ? {} : { id: `${idPrefix}-${name.replaceAll("_", "-")}` }),
    value: values[name],
    onChange: (value: V[K]) => set(name, value),
  })
}

/** A form's values as typed and the setter of one field; `onEdit` runs on every change (e.g. to clear an error). */
export function useFormValues<V>(initial: () => V, onEdit?: () => void) {
  const [values, setValues] = useState<V>(initial)
  const set = <K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }))
    onEdit?.()
  }
  return { values, set }
}
