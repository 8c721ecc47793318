import { detailBreadcrumb, detailPage } from "../../../../components/common/extension-page"
import { MembershipCrumb } from "../../../../components/memberships/membership-crumb"
import { MembershipDetail } from "../../../../components/memberships/membership-detail"

export const handle = { breadcrumb: detailBreadcrumb(MembershipCrumb, "Membership") }

export default detailPage(MembershipDetail)
