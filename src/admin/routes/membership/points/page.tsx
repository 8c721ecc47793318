import { defineRouteConfig } from "@medusajs/admin-sdk"
import { extensionPage } from "../../../components/common/extension-page"
import { PointsLiabilitySection } from "../../../components/points/points-liability-section"
import { PointsProgramSection } from "../../../components/points/points-program-section"

export const config = defineRouteConfig({ label: "Points", rank: 5 })

export const handle = { breadcrumb: () => "Points" }

export default extensionPage(PointsLiabilitySection, PointsProgramSection)
