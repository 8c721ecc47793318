import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BenefitsTable } from "../../../components/benefits/benefits-table"
import { extensionPage } from "../../../components/common/extension-page"

export const config = defineRouteConfig({ label: "Benefits", rank: 4 })

export const handle = { breadcrumb: () => "Benefits" }

export default extensionPage(BenefitsTable)
