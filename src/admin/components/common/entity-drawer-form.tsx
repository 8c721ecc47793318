import { ReactNode } from "react"
import { DrawerForm } from "./form-drawer"
import type { FormSubmitState } from "./use-form-submit"

type EntityDrawerFormProps = {
  /** From `useEntityForm`. */
  form: FormSubmitState & { title: string }
  /** For screen readers: the title says enough on screen. */
  description: string
  children: ReactNode
}

/** The form of a create / edit drawer: "Create benefit" or "Edit benefit", its fields, Cancel and Save. */
export const EntityDrawerForm = ({ form, description, children }: EntityDrawerFormProps) => (
  <DrawerForm title={form.title} description={description} hideDescription form={form}>
    {children}
  </DrawerForm>
)
