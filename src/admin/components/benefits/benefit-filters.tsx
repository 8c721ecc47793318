import { Select } from "@medusajs/ui"
import type { BenefitStatus, BenefitType } from "../../hooks/membership-benefits"
import { BENEFIT_STATUS_OPTIONS, BENEFIT_TYPE_OPTIONS } from "../../lib/benefit-display"

const ALL = "all"

export type BenefitFilterValues = { type?: BenefitType; status?: BenefitStatus }

type Props = { value: BenefitFilterValues; onChange: (value: BenefitFilterValues) => void }

/** The type and status filters above the benefits table. */
export const BenefitFilters = ({ value, onChange }: Props) => (
  <div className="flex items-center gap-x-2">
    <Select
      size="small"
      value={value.type ?? ALL}
      onValueChange={(type) => onChange({ ...value, type: type === ALL ? undefined : (type as BenefitType) })}
    >
      <Select.Trigger aria-label="Filter by type" className="w-[180px]">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>All types</Select.Item>
        {BENEFIT_TYPE_OPTIONS.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
    <Select
      size="small"
      value={value.status ?? ALL}
      onValueChange={(status) => onChange({ ...value, status: status === ALL ? undefined : (status as BenefitStatus) })}
    >
      <Select.Trigger aria-label="Filter by status" className="w-[160px]">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>All statuses</Select.Item>
        {BENEFIT_STATUS_OPTIONS.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)
