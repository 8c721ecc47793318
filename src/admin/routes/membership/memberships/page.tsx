import { defineRouteConfig } from "@medusajs/admin-sdk"
import { extensionPage } from "../../../components/common/extension-page"
import { MembershipsTable } from "../../../components/memberships/memberships-table"

export const config = defineRouteConfig({ label: "Memberships", rank: 2 })

export const handle = { breadcrumb: () => "Memberships" }

export default extensionPage(MembershipsTable)
