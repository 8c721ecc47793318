import type { Partner, PartnerBody, PartnerStatus } from "../../types/http"
import type { EntityForm } from "./entity-form"
import { FormValueError } from "./form-values"

/** The partner form as typed ("" = none). */
export type PartnerFormValues = {
  name: string
  status: PartnerStatus
  contact_name: string
  contact_email: string
  notes: string
}

export const emptyPartnerForm = (): PartnerFormValues => ({
  name: "",
  status: "active",
  contact_name: "",
  contact_email: "",
  notes: "",
})

export const partnerToForm = (partner: Partner): PartnerFormValues => ({
  name: partner.name,
  status: partner.status,
  contact_name: partner.contact_name ?? "",
  contact_email: partner.contact_email ?? "",
  notes: partner.notes ?? "",
})

/** The request body; empty optional fields are sent as null (the server judges the email). */
export function partnerFormToBody(values: PartnerFormValues): PartnerBody {
  if (!values.name.trim()) {
    throw new FormValueError("Enter the partner's name.")
  }
  return {
    name: values.name.trim(),
    status: values.status,
    contact_name: values.contact_name.trim() || null,
    contact_email: values.contact_email.trim() || null,
    notes: values.notes.trim() || null,
  }
}

export const PARTNER_FORM: EntityForm<Partner, PartnerFormValues, PartnerBody> = {
  noun: "Partner",
  thing: "partner",
  toForm: partnerToForm,
  empty: emptyPartnerForm,
  toBody: partnerFormToBody,
}

/** The text of a CSV file the merchant picked, refused above the server's 5 MB. */
export async function readCsvFile(file: File) {
  if (file.size > 5 * 1024 * 1024) {
    throw new FormValueError("The file is larger than 5 MB; split it into several imports.")
  }
  return file.text()
}
