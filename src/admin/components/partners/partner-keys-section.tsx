import { Trash } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, DataTable, StatusBadge, toast, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { PartnerApiKey, usePartnerApiKeys, useRevokePartnerApiKey } from "../../hooks/partners"
import { formatDate, formatDateTime } from "../../lib/format"
import { keyLabel } from "../../lib/partner-display"
import { actionsColumn } from "../common/action-menu"
import { SectionTitle } from "../common/section-header"
import { useConfirmedAction } from "../common/use-confirmed-action"
import { CreateApiKeyDrawer } from "./create-api-key-drawer"

const column = createDataTableColumnHelper<PartnerApiKey>()

/** The partner's API keys (by prefix; the key itself is shown once, when created), with create and revoke. */
export const PartnerKeysSection = ({ partnerId }: { partnerId: string }) => {
  const [creating, setCreating] = useState(false)
  const { data, isLoading, error } = usePartnerApiKeys(partnerId)
  const revoke = useRevokePartnerApiKey(partnerId)
  const confirmThen = useConfirmedAction()
  const confirmRevoke = (key: PartnerApiKey) =>
    confirmThen(
      {
        title: `Revoke "${key.name}"?`,
        description: `Calls with ${keyLabel(key)} answer 401 from now on. This cannot be undone: create a new key instead.`,
        confirmText: "Revoke",
      },
      async () => {
        await revoke.mutateAsync(key.id)
        toast.success(`API key "${key.name}" revoked`)
      }
    )

  const columns = [
    column.accessor("name", {
      header: "Name",
      cell: ({ row }) => (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">{row.original.name}</span>
          <span className="text-ui-fg-subtle">Created {formatDate(row.original.created_at)}</span>
        </div>
      ),
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
      (key) => [{ label: "Revoke", icon: <Trash />, disabled: !!key.revoked_at, onClick: () => confirmRevoke(key) }]
    ),
  ]

  const table = useDataTable({
    columns,
    data: data?.api_keys ?? [],
    getRowId: (key) => key.id,
    rowCount: data?.count ?? 0,
    isLoading,
  })

  return (
    <Container className="divide-y p-0" role="region" aria-label="API keys">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <SectionTitle title="API keys" description="The partner calls the partner API with one of these as a Bearer token." />
          <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
            Create API key
          </Button>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: error
              ? { heading: "Keys could not be loaded", description: error.message }
              : { heading: "No API keys", description: "Create a key for the partner to redeem codes." },
          }}
        />
      </DataTable>
      <CreateApiKeyDrawer partnerId={partnerId} open={creating} onOpenChange={setCreating} />
    </Container>
  )
}
