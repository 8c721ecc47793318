import { usePartner } from "../../hooks/partners"
import { WithQueryClient } from "../common/with-query-client"

const PartnerName = ({ id }: { id: string }) => {
  const { data } = usePartner(id)
  return <>{data?.partner.name ?? "Partner"}</>
}

/** The partner page's breadcrumb (after Membership › Partners): the partner's name. */
export const PartnerCrumb = ({ id }: { id: string }) => (
  <WithQueryClient>
    <PartnerName id={id} />
  </WithQueryClient>
)
