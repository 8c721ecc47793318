import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { Membership } from "../../../types/http"
import { usePlan } from "../../hooks/membership-plans"
import { customerEmail, customerName } from "../../lib/customer"
import { formatDate } from "../../lib/format"
import { billingLabel } from "../../lib/plan-display"
import { SectionRow } from "../common/section-row"
import { MembershipActions } from "./membership-actions"
import { MembershipStatusBadge } from "./membership-status-badge"

const NextPlan = ({ planId }: { planId: string }) => {
  const { data } = usePlan(planId)
  return <>{data?.plan.name ?? planId}</>
}

/** Who the member is, on which plan, and where their period and billing stand. */
export const MembershipSummarySection = ({ membership }: { membership: Membership }) => {
  const name = customerName(membership.customer)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading>{customerEmail(membership)}</Heading>
          <MembershipStatusBadge status={membership.status} />
        </div>
        <MembershipActions membership={membership} />
      </div>
      <SectionRow
        title="Customer"
        value={
          <>
            <Link
              to={`/customers/${membership.customer_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            >
              {customerEmail(membership)}
            </Link>
            {name && <span>· {name}</span>}
          </>
        }
      />
      <SectionRow
        title="Plan"
        value={
          membership.plan ? `${membership.plan.name} · ${billingLabel(membership.plan.interval, membership.plan.interval_count)}` : "-"
        }
      />
      {membership.next_plan_id && (
        <SectionRow title="Switches at period end to" value={<NextPlan planId={membership.next_plan_id} />} />
      )}
      <SectionRow
        title="Current period"
        value={`${formatDate(membership.current_period_start)} – ${formatDate(membership.current_period_end)}`}
      />
      {membership.trial_ends_at && <SectionRow title="Trial ends" value={formatDate(membership.trial_ends_at)} />}
      <SectionRow title="Next charge" value={formatDate(membership.next_charge_at)} />
      {membership.failed_attempts > 0 && (
        <SectionRow
          title="Failed charges"
          value={
            <Text size="small" leading="compact" className="text-ui-fg-error">
              {membership.failed_attempts}
              {membership.past_due_since && ` · past due since ${formatDate(membership.past_due_since)}`}
            </Text>
          }
        />
      )}
      {membership.canceled_at && <SectionRow title="Canceled" value={formatDate(membership.canceled_at)} />}
      {membership.ended_at && <SectionRow title="Ended" value={formatDate(membership.ended_at)} />}
      <SectionRow title="Member since" value={formatDate(membership.created_at)} />
    </Container>
  )
}
