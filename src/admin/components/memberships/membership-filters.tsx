import { Select } from "@medusajs/ui"
import type { MembershipStatus } from "../../hooks/memberships"
import { usePlans } from "../../hooks/membership-plans"
import { MEMBERSHIP_STATUS } from "./membership-status-badge"

const ALL = "all"

export type MembershipFilterValues = { status?: MembershipStatus; plan_id?: string }

type Props = { value: MembershipFilterValues; onChange: (value: MembershipFilterValues) => void }

/** The status and plan filters above the memberships table. */
export const MembershipFilters = ({ value, onChange }: Props) => {
  const { data } = usePlans({ limit: 100, offset: 0 })

  return (
    <div className="flex items-center gap-x-2">
      <Select
        size="small"
        value={value.status ?? ALL}
        onValueChange={(status) => onChange({ ...value, status: status === ALL ? undefined : (status as MembershipStatus) })}
      >
        <Select.Trigger aria-label="Filter by status" className="w-[160px]">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>All statuses</Select.Item>
          {Object.entries(MEMBERSHIP_STATUS).map(([status, { label }]) => (
            <Select.Item key={status} value={status}>
              {label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Select
        size="small"
        value={value.plan_id ?? ALL}
        onValueChange={(planId) => onChange({ ...value, plan_id: planId === ALL ? undefined : planId })}
      >
        <Select.Trigger aria-label="Filter by plan" className="w-[200px]">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>All plans</Select.Item>
          {(data?.plans ?? []).map((plan) => (
            <Select.Item key={plan.id} value={plan.id}>
              {plan.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
