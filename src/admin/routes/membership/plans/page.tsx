import { defineRouteConfig } from "@medusajs/admin-sdk"
import { extensionPage } from "../../../components/common/extension-page"
import { PlansTable } from "../../../components/plans/plans-table"

export const config = defineRouteConfig({ label: "Plans", rank: 1 })

export const handle = { breadcrumb: () => "Plans" }

export default extensionPage(PlansTable)
