import { defineRouteConfig } from "@medusajs/admin-sdk"
import { extensionPage } from "../../../components/common/extension-page"
import { MallItemsSection } from "../../../components/points-mall/mall-items-section"
import { MallRedemptionsSection } from "../../../components/points-mall/mall-redemptions-section"

export const config = defineRouteConfig({ label: "Points mall", rank: 6 })

export const handle = { breadcrumb: () => "Points mall" }

export default extensionPage(MallItemsSection, MallRedemptionsSection)
