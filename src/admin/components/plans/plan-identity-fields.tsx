import { Input, Select, Textarea } from "@medusajs/ui"
import type { PlanStatus } from "../../hooks/membership-plans"
import { Field } from "../common/field"
import type { PlanFormPartProps } from "./plan-form-types"

/** Name, handle (read-only once created), description and status. */
export const PlanIdentityFields = ({ values, set, isEdit }: PlanFormPartProps & { isEdit: boolean }) => (
  <>
    <Field id="plan-name" label="Name">
      <Input id="plan-name" value={values.name} onChange={(e) => set("name", e.target.value)} placeholder="PLUS Annual" />
    </Field>
    {isEdit ? (
      <Field id="plan-handle" label="Handle" hint="The handle cannot change once the plan exists.">
        <Input id="plan-handle" value={values.handle} readOnly disabled />
      </Field>
    ) : (
      <Field id="plan-handle" label="Handle (optional)" hint="Made from the name when left empty.">
        <Input
          id="plan-handle"
          value={values.handle}
          onChange={(e) => set("handle", e.target.value)}
          placeholder="plus-annual"
        />
      </Field>
    )}
    <Field id="plan-description" label="Description (optional)">
      <Textarea
        id="plan-description"
        value={values.description}
        onChange={(e) => set("description", e.target.value)}
      />
    </Field>
    <Field id="plan-status" label="Status">
      <Select value={values.status} onValueChange={(value) => set("status", value as PlanStatus)}>
        <Select.Trigger id="plan-status">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value="active">Active</Select.Item>
          <Select.Item value="archived">Archived</Select.Item>
        </Select.Content>
      </Select>
    </Field>
  </>
)
