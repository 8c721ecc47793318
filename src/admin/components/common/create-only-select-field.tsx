import { Input } from "@medusajs/ui"
import { Field } from "./field"
import { SelectField, type SelectFieldProps } from "./select-field"

type CreateOnlySelectFieldProps<T extends string> = SelectFieldProps<T> & {
  /** The thing exists: its value is shown, read-only, with `lockedHint` saying why. */
  locked: boolean
  lockedHint: string
}

/** A select while the thing is created (a benefit's type, a mall item's kind); read-only once it exists. */
export const CreateOnlySelectField = <T extends string>({ locked, lockedHint, ...select }: CreateOnlySelectFieldProps<T>) =>
  locked ? (
    <Field id={select.id} label={select.label} hint={lockedHint}>
      <Input id={select.id} value={select.options.find((option) => option.value === select.value)?.label ?? select.value} readOnly disabled />
    </Field>
  ) : (
    <SelectField {...select} />
  )
