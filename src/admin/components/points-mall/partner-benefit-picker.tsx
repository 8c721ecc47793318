import { Text } from "@medusajs/ui"
import { useBenefits } from "../../hooks/membership-benefits"
import { SelectField } from "../common/select-field"

type PartnerBenefitPickerProps = {
  /** "" = none picked. */
  value: string
  onChange: (benefitId: string) => void
}

/** Picks the partner benefit (catalogue type `partner`) whose codes a partner_code item gives. */
export const PartnerBenefitPicker = ({ value, onChange }: PartnerBenefitPickerProps) => {
  const benefits = useBenefits({ limit: 100, offset: 0, type: "partner" })
  const options = (benefits.data?.benefits ?? []).map((benefit) => ({
    value: benefit.id,
    label: benefit.status === "archived" ? `${benefit.name} (archived)` : benefit.name,
  }))
  if (!options.length) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {benefits.isLoading ? "Loading partner benefits…" : "No partner benefits yet: create one on the Benefits page first."}
      </Text>
    )
  }
  return (
    <SelectField
      id="mall-partner-benefit"
      label="Partner benefit"
      hint="Each redemption gives the customer one of this benefit's codes; the pool shrinks by one."
      options={options}
      value={value}
      onChange={onChange}
    />
  )
}
