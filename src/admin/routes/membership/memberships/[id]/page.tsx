import { UIMatch, useParams } from "react-router-dom"
import { WithQueryClient } from "../../../../components/common/with-query-client"
import { MembershipCrumb } from "../../../../components/memberships/membership-crumb"
import { MembershipDetail } from "../../../../components/memberships/membership-detail"

const MembershipDetailPage = () => {
  const { id } = useParams()
  return <WithQueryClient>{id && <MembershipDetail id={id} />}</WithQueryClient>
}

export const handle = {
  breadcrumb: (match: UIMatch) => (match.params.id ? <MembershipCrumb id={match.params.id} /> : "Membership"),
}

export default MembershipDetailPage
