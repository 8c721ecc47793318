import { Container, Skeleton, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { Link } from "react-router-dom"
import { useMembership, useMemberships } from "../../hooks/memberships"
import { formatDate } from "../../lib/format"
import { billingLabel } from "../../lib/plan-display"
import { SectionHeader } from "../common/section-header"
import { SectionRow } from "../common/section-row"
import { MembershipActions } from "./membership-actions"
import { MembershipHistory } from "./membership-history"
import { MembershipStatusBadge } from "./membership-status-badge"

const RECENT_EVENTS = 3

const Header = ({ children }: { children?: ReactNode }) => <SectionHeader title="Membership">{children}</SectionHeader>

/** A customer's membership on their detail page: where it stands, what happened last, and the actions. */
export const CustomerMembershipCard = ({ customerId }: { customerId: string }) => {
  const list = useMemberships({ customer_id: customerId, limit: 1, offset: 0 })
  const id = list.data?.memberships[0]?.id
  const detail = useMembership(id)

  if (list.isLoading || (id && detail.isLoading)) {
    return (
      <Container className="p-0" role="region" aria-label="Membership">
        <Header />
        <div className="px-6 pb-4">
          <Skeleton className="h-[80px] w-full" />
        </div>
      </Container>
    )
  }

  const membership = detail.data?.membership
  if (!membership) {
    return (
      <Container className="divide-y p-0" role="region" aria-label="Membership">
        <Header />
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {list.error ? `Memberships could not be loaded: ${list.error.message}` : "This customer has no membership."}
        </Text>
      </Container>
    )
  }

  return (
    <Container className="divide-y p-0" role="region" aria-label="Membership">
      <Header>
        <MembershipActions membership={membership} />
      </Header>
      <SectionRow title="Status" value={<MembershipStatusBadge status={membership.status} />} />
      <SectionRow
        title="Plan"
        value={membership.plan ? `${membership.plan.name} · ${billingLabel(membership.plan.interval, membership.plan.interval_count)}` : "-"}
      />
      <SectionRow
        title="Current period"
        value={`${formatDate(membership.current_period_start)} – ${formatDate(membership.current_period_end)}`}
      />
      <SectionRow title="Next charge" value={formatDate(membership.next_charge_at)} />
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          Recent history
        </Text>
        <MembershipHistory events={membership.events ?? []} limit={RECENT_EVENTS} />
      </div>
      <div className="px-6 py-4">
        <Link
          to={`/membership/memberships/${membership.id}`}
          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          View membership
        </Link>
      </div>
    </Container>
  )
}
