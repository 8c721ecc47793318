import { defineRouteConfig } from "@medusajs/admin-sdk"
import { extensionPage } from "../../../components/common/extension-page"
import { PartnersTable } from "../../../components/partners/partners-table"

export const config = defineRouteConfig({ label: "Partners", rank: 7 })

export const handle = { breadcrumb: () => "Partners" }

export default extensionPage(PartnersTable)
