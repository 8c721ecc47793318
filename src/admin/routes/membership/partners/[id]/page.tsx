import { detailBreadcrumb, detailPage } from "../../../../components/common/extension-page"
import { PartnerCrumb } from "../../../../components/partners/partner-crumb"
import { PartnerDetail } from "../../../../components/partners/partner-detail"

export const handle = { breadcrumb: detailBreadcrumb(PartnerCrumb, "Partner") }

export default detailPage(PartnerDetail)
