/** What can be archived and reactivated (plans, benefits, mall items). */
export type ActiveStatus = "active" | "archived"

export const ACTIVE_STATUS_OPTIONS: { value: ActiveStatus; label: string }[] = [
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
]
