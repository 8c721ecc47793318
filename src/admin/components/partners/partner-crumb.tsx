import { usePartner } from "../../hooks/partners"
import { withQueryClient } from "../common/with-query-client"

const PartnerName = ({ id }: { id: string }) => <>{usePartner(id).data?.partner.name ?? "Partner"}</>

/** The partner page's breadcrumb (after Membership › Partners): the partner's name. */
export const PartnerCrumb = withQueryClient(PartnerName)
