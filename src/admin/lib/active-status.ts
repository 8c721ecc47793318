import type { BenefitStatus, MallItemStatus, PlanStatus } from "../../types/http"

/** What can be archived and reactivated (plans, benefits, mall items). */
export type ActiveStatus = PlanStatus | BenefitStatus | MallItemStatus

export const ACTIVE_STATUS_OPTIONS: { value: ActiveStatus; label: string }[] = [
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
]
