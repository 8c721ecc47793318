import { defineRouteConfig } from "@medusajs/admin-sdk"
import { extensionPage } from "../../../components/common/extension-page"
import { TiersOverview } from "../../../components/tiers/tiers-overview"

export const config = defineRouteConfig({ label: "Tiers", rank: 3 })

export const handle = { breadcrumb: () => "Tiers" }

export default extensionPage(TiersOverview)
