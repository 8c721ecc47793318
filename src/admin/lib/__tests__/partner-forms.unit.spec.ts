/// <reference types="jest" />
import type { MembershipBenefit, Partner } from "../../../types/http"
import { benefitFormToBody, benefitToForm, emptyBenefitForm } from "../benefit-form"
import { benefitSummary } from "../benefit-display"
import { FormValueError } from "../form-values"
import { duplicateReasonLabel, importRefusal, keyLabel } from "../partner-display"
import { emptyPartnerForm, partnerFormToBody, partnerToForm } from "../partner-form"

describe("the partner benefit in the benefit form", () => {
  const partnerForm = () => ({ ...emptyBenefitForm(), name: "Video month", type: "partner" as const })

  it("sends the partner's config, with the defaults for empty numbers", () => {
    const body = benefitFormToBody({ ...partnerForm(), partner_id: "ptnr_1", entitlement: "month", code_valid_days: "30" })
    expect(body.config).toEqual({
      partner_id: "ptnr_1",
      entitlement: "month",
      code_source: "pool",
      code_valid_days: 30,
      low_stock_threshold: 10,
      void_window_hours: 72,
    })
    const cleared = benefitFormToBody({ ...partnerForm(), partner_id: "ptnr_1", low_stock_threshold: "", void_window_hours: "0" })
    expect(cleared.config).toMatchObject({ code_valid_days: null, low_stock_threshold: 10, void_window_hours: 0 })
  })

  it("needs a partner and whole numbers", () => {
    expect(() => benefitFormToBody(partnerForm())).toThrow(new FormValueError("Choose the partner."))
    expect(() => benefitFormToBody({ ...partnerForm(), partner_id: "ptnr_1", code_valid_days: "1.5" })).toThrow(/Code valid days/)
  })

  it("reads a saved partner benefit back into the form, and sums it up", () => {
    const config = { partner_id: "ptnr_1", entitlement: "ever", code_source: "generated", code_valid_days: null, low_stock_threshold: 5, void_window_hours: 24 }
    const saved = { ...benefitFormToBody({ ...partnerForm(), partner_id: "ptnr_1" }), id: "mbnft_1", config } as unknown as MembershipBenefit
    expect(benefitToForm(saved)).toMatchObject({
      partner_id: "ptnr_1",
      entitlement: "ever",
      code_source: "generated",
      code_valid_days: "",
      low_stock_threshold: "5",
      void_window_hours: "24",
    })
    expect(benefitSummary(saved)).toBe("Generated · once ever")
    expect(benefitSummary({ type: "partner", config: { partner_id: "p", code_valid_days: 30 } })).toBe(
      "Imported pool · once per membership period · valid 30 days"
    )
  })
})

describe("editing a saved partner benefit", () => {
  it("sends its config back unchanged when only the name changes", () => {
    const config = { partner_id: "ptnr_1", entitlement: "month", code_source: "pool", code_valid_days: 45, low_stock_threshold: 0, void_window_hours: 0 }
    const saved = {
      ...benefitFormToBody({ ...emptyBenefitForm(), name: "Video month", type: "partner", partner_id: "ptnr_1" }),
      id: "mbnft_1",
      config,
    } as unknown as MembershipBenefit
    expect(benefitFormToBody({ ...benefitToForm(saved), name: "Video month (new)" }).config).toEqual(config)
  })
})

describe("a refused import, as the import form explains it", () => {
  const report = (rows: number, duplicates: number, malformed: number) => ({
    import_id: null,
    rows,
    imported: 0,
    duplicates: [],
    malformed: [],
    counts: { duplicates, malformed },
  })

  it("names the problem rows and the checkbox, never the API's field", () => {
    expect(importRefusal(report(7, 1, 2))).toBe(
      "Nothing was imported: 3 rows have problems (listed below). Fix them in the file and import it again, or import skipping the problem rows to add the other 4 codes."
    )
    expect(importRefusal(report(2, 1, 0))).toMatch(/1 row has a problem .* the other 1 code\.$/)
    expect(importRefusal(report(3, 3, 0))).toBe("Nothing was imported: none of the file's 3 rows can be imported (listed below).")
    expect(importRefusal(report(0, 0, 0))).toBe("Nothing was imported: the file has no codes.")
    expect(importRefusal(report(7, 1, 2))).not.toMatch(/skip_invalid/)
  })
})

describe("the partner form", () => {
  it("sends trimmed values, empty ones as null", () => {
    expect(partnerFormToBody({ ...emptyPartnerForm(), name: " StreamCo ", contact_email: " a@b.example " })).toEqual({
      name: "StreamCo",
      status: "active",
      contact_name: null,
      contact_email: "a@b.example",
      notes: null,
    })
    expect(() => partnerFormToBody(emptyPartnerForm())).toThrow(FormValueError)
  })

  it("reads a partner back", () => {
    const partner = { id: "p", name: "S", status: "suspended", contact_name: null, contact_email: "x@y.z", notes: null } as Partner
    expect(partnerToForm(partner)).toEqual({ name: "S", status: "suspended", contact_name: "", contact_email: "x@y.z", notes: "" })
  })

  it("shows keys by prefix and duplicates by reason", () => {
    expect(keyLabel({ prefix: "ab12cd34" })).toBe("mpk_ab12cd34_…")
    expect(duplicateReasonLabel("already_exists")).toBe("Already imported for this partner")
  })
})
