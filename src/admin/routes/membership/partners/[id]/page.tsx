import { UIMatch, useParams } from "react-router-dom"
import { WithQueryClient } from "../../../../components/common/with-query-client"
import { PartnerCrumb } from "../../../../components/partners/partner-crumb"
import { PartnerDetail } from "../../../../components/partners/partner-detail"

const PartnerDetailPage = () => {
  const { id } = useParams()
  return <WithQueryClient>{id && <PartnerDetail id={id} />}</WithQueryClient>
}

export const handle = {
  breadcrumb: (match: UIMatch) => (match.params.id ? <PartnerCrumb id={match.params.id} /> : "Partner"),
}

export default PartnerDetailPage
