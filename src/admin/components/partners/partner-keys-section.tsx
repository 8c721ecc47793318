import { createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import type { PartnerApiKey } from "../../../types/http"
import { usePartnerApiKeys, useRevokePartnerApiKey } from "../../hooks/partners"
import { formatDate, formatDateTime } from "../../lib/format"
import { keyLabel } from "../../lib/partner-display"
import { actionsColumn } from "../common/action-menu"
import { useRemoveAction } from "../common/confirmed-actions"
import { DrawerButton } from "../common/drawer-button"
import { TableSection } from "../common/table-section"
import { TwoLineCell } from "../common/two-line-cell"
import { useListTable } from "../common/use-list-table"
import { CreateApiKeyDrawer } from "./create-api-key-drawer"

const column = createDataTableColumnHelper<PartnerApiKey>()

const REVOKING = {
  noun: "API key",
  deleting: (key: PartnerApiKey) => `Calls with ${keyLabel(key)} answer 401 from now on. This cannot be undone: create a new key instead.`,
}

/** The partner's API keys (by prefix; the key itself is shown once, when created), with create and revoke. */
export const PartnerKeysSection = ({ partnerId }: { partnerId: string }) => {
  const { data, isLoading, error } = usePartnerApiKeys(partnerId)
  const revoke = useRemoveAction(useRevokePartnerApiKey(partnerId), REVOKING, { verb: ["Revoke", "revoked"], disabled: (key) => !!key.revoked_at })

  const columns = [
    column.accessor("name", {
      header: "Name",
      cell: ({ row }) => <TwoLineCell main={row.original.name} sub={`Created ${formatDate(row.original.created_at)}`} />,
    }),
    column.accessor((key) => keyLabel(key), {
      id: "prefix",
      header: "Key",
      cell: ({ getValue }) => <code className="txt-compact-small-plus">{getValue()}</code>,
    }),
    column.accessor("last_used_at", {
      header: "Last used",
      cell: ({ getValue }) => (getValue() ? formatDateTime(getValue()) : "Never"),
    }),
    column.accessor("revoked_at", {
      header: "Status",
      cell: ({ getValue }) =>
        getValue() ? (
          <StatusBadge color="grey">Revoked {formatDate(getValue())}</StatusBadge>
        ) : (
          <StatusBadge color="green">Active</StatusBadge>
        ),
    }),
    actionsColumn<PartnerApiKey>(
      (key) => key.name,
      (key) => [revoke(key)]
    ),
  ]

  const table = useListTable({ columns, rows: data?.api_keys, count: data?.count, isLoading })

  return (
    <TableSection
      table={table}
      paginated={false}
      region
      heading={{ title: "API keys", description: "The partner calls the partner API with one of these as a Bearer token." }}
      actions={<DrawerButton label="Create API key" drawer={(drawer) => <CreateApiKeyDrawer {...drawer} partnerId={partnerId} />} />}
      error={error}
      subject="Keys"
      empty={{ heading: "No API keys", description: "Create a key for the partner to redeem codes." }}
    />
  )
}
