import { useMembership } from "../../hooks/memberships"
import { customerEmail } from "../../lib/customer"
import { withQueryClient } from "../common/with-query-client"

const MemberEmail = ({ id }: { id: string }) => {
  const { data } = useMembership(id)
  return <>{data ? customerEmail(data.membership) : "Membership"}</>
}

/** The detail page's breadcrumb (after Membership › Memberships): the member's email. */
export const MembershipCrumb = withQueryClient(MemberEmail)
