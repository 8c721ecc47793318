import { Textarea, toast } from "@medusajs/ui"
import { Partner, useCreatePartner, useUpdatePartner } from "../../hooks/partners"
import { withoutNulls } from "../../lib/benefit-form"
import { PARTNER_STATUS_OPTIONS } from "../../lib/partner-display"
import { emptyPartnerForm, partnerFormToBody, PartnerFormValues, partnerToForm } from "../../lib/partner-form"
import { Field } from "../common/field"
import { DrawerForm, FormDrawer } from "../common/form-drawer"
import { fieldBinder, useFormValues } from "../common/form-values"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { useFormSubmit } from "../common/use-form-submit"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The partner to edit; without it the drawer creates one. */
  partner: Partner | null
}

/** The create / edit partner drawer; the server's message (a 400) is shown as is. */
export const PartnerFormDrawer = ({ open, onOpenChange, partner }: Props) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    <PartnerForm partner={partner} onDone={() => onOpenChange(false)} />
  </FormDrawer>
)

const PartnerForm = ({ partner, onDone }: { partner: Partner | null; onDone: () => void }) => {
  const create = useCreatePartner()
  const update = useUpdatePartner()
  const { values, set } = useFormValues<PartnerFormValues>(
    () => (partner ? partnerToForm(partner) : emptyPartnerForm()),
    () => clearError()
  )
  const field = fieldBinder({ values, set })
  const { error, submit, clearError } = useFormSubmit({
    save: async () => {
      const body = partnerFormToBody(values)
      if (partner) {
        await update.mutateAsync({ id: partner.id, ...body })
        toast.success(`Partner "${body.name}" saved`)
      } else {
        await create.mutateAsync(withoutNulls(body))
        toast.success(`Partner "${body.name}" created`)
      }
      onDone()
    },
  })

  return (
    <DrawerForm
      title={partner ? "Edit partner" : "Create partner"}
      description="A company that fulfils co-branded benefits with codes."
      hideDescription
      onSubmit={submit}
      error={error}
      cancelLabel="Cancel"
      submitLabel="Save"
      isSubmitting={create.isPending || update.isPending}
    >
      <TextField id="partner-name" label="Name" placeholder="StreamCo Video" {...field("name")} />
      <SelectField
        id="partner-status"
        label="Status"
        hint="A suspended partner's API keys answer 401 until it is active again."
        options={PARTNER_STATUS_OPTIONS}
        {...field("status")}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField id="partner-contact-name" label="Contact name (optional)" {...field("contact_name")} />
        <TextField id="partner-contact-email" label="Contact email (optional)" placeholder="partners@example.com" {...field("contact_email")} />
      </div>
      <Field id="partner-notes" label="Notes (optional)" hint="For your team: the contract, how codes arrive…">
        <Textarea id="partner-notes" value={values.notes} onChange={(e) => set("notes", e.target.value)} />
      </Field>
    </DrawerForm>
  )
}
