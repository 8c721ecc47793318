import type { Partner } from "../../../types/http"
import { useCreatePartner, useUpdatePartner } from "../../hooks/partners"
import { PARTNER_STATUS_OPTIONS } from "../../lib/partner-display"
import { PARTNER_FORM } from "../../lib/partner-form"
import { EntityDrawerForm } from "../common/entity-drawer-form"
import { formDrawer } from "../common/form-drawer"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { useEntityForm } from "../common/use-entity-form"

const PartnerForm = ({ partner, onDone }: { partner: Partner | null; onDone: () => void }) => {
  const form = useEntityForm(PARTNER_FORM, { entity: partner, create: useCreatePartner(), update: useUpdatePartner(), onDone })
  const { field } = form

  return (
    <EntityDrawerForm form={form} description="A company that fulfils co-branded benefits with codes.">
      <TextField label="Name" placeholder="StreamCo Video" {...field("name")} />
      <SelectField
        label="Status"
        hint="A suspended partner's API keys answer 401 until it is active again."
        options={PARTNER_STATUS_OPTIONS}
        {...field("status")}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField label="Contact name (optional)" {...field("contact_name")} />
        <TextField label="Contact email (optional)" placeholder="partners@example.com" {...field("contact_email")} />
      </div>
      <TextField multiline label="Notes (optional)" hint="For your team: the contract, how codes arrive…" {...field("notes")} />
    </EntityDrawerForm>
  )
}

/** The create / edit partner drawer; the server's message (a 400) is shown as is. */
export const PartnerFormDrawer = formDrawer(PartnerForm)
