import { Input } from "@medusajs/ui"
import { ACTIVE_STATUS_OPTIONS } from "../../lib/active-status"
import { Field } from "../common/field"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { planFieldBinder, type PlanFormPartProps } from "./plan-form-types"

/** Name, handle (read-only once created), description and status. */
export const PlanIdentityFields = ({ isEdit, ...props }: PlanFormPartProps & { isEdit: boolean }) => {
  const field = planFieldBinder(props)
  return (
    <>
      <TextField id="plan-name" label="Name" placeholder="PLUS Annual" {...field("name")} />
      {isEdit ? (
        <Field id="plan-handle" label="Handle" hint="The handle cannot change once the plan exists.">
          <Input id="plan-handle" value={props.values.handle} readOnly disabled />
        </Field>
      ) : (
        <TextField
          id="plan-handle"
          label="Handle (optional)"
          hint="Made from the name when left empty."
          placeholder="plus-annual"
          {...field("handle")}
        />
      )}
      <TextField multiline id="plan-description" label="Description (optional)" {...field("description")} />
      <SelectField id="plan-status" label="Status" options={ACTIVE_STATUS_OPTIONS} {...field("status")} />
    </>
  )
}
