import { useMembership } from "../../hooks/memberships"
import { DetailPageState } from "../common/detail-page-state"
import { MembershipHistorySection } from "./membership-history-section"
import { MembershipPeriodsSection } from "./membership-periods-section"
import { MembershipSummarySection } from "./membership-summary-section"

/** The membership detail page: summary and periods beside the history, like the dashboard's two-column pages. */
export const MembershipDetail = ({ id }: { id: string }) => (
  <DetailPageState query={useMembership(id)} notFound="Membership not found">
    {({ membership }) => (
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <MembershipSummarySection membership={membership} />
          <MembershipPeriodsSection periods={membership.periods ?? []} currencyCode={membership.currency_code} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <MembershipHistorySection events={membership.events ?? []} />
        </div>
      </div>
    )}
  </DetailPageState>
)
