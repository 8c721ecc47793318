import { Input, Textarea } from "@medusajs/ui"
import { PLAN_STATUS_OPTIONS } from "../../lib/plan-display"
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
      <Field id="plan-description" label="Description (optional)">
        <Textarea
          id="plan-description"
          value={props.values.description}
          onChange={(e) => props.set("description", e.target.value)}
        />
      </Field>
      <SelectField id="plan-status" label="Status" options={PLAN_STATUS_OPTIONS} {...field("status")} />
    </>
  )
}
