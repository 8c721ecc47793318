import type { PlanStatus } from "../../hooks/membership-plans"
import { ActiveStatusBadge } from "../common/active-status-badge"

export const PlanStatusBadge = ({ status }: { status: PlanStatus }) => <ActiveStatusBadge status={status} />
