import { EllipsisHorizontal, PencilSquare } from "@medusajs/icons"
import { createDataTableColumnHelper, DropdownMenu, IconButton } from "@medusajs/ui"
import { ReactNode } from "react"

export type Action = { label: string; icon: ReactNode; onClick: () => void; disabled?: boolean }

/** The "…" menu of a row or section, like the dashboard's; `label` names the button for assistive tech. */
export const ActionMenu = ({ label, actions }: { label: string; actions: Action[] }) => (
  <DropdownMenu>
    <DropdownMenu.Trigger asChild onClick={(e) => e.stopPropagation()}>
      <IconButton size="small" variant="transparent" aria-label={label}>
        <EllipsisHorizontal />
      </IconButton>
    </DropdownMenu.Trigger>
    <DropdownMenu.Content align="end">
      {actions.map((action) => (
        <DropdownMenu.Item
          key={action.label}
          disabled={action.disabled}
          onClick={(e) => {
            e.stopPropagation()
            action.onClick()
          }}
          className="[&_svg]:text-ui-fg-subtle flex items-center gap-x-2"
        >
          {action.icon}
          <span>{action.label}</span>
        </DropdownMenu.Item>
      ))}
    </DropdownMenu.Content>
  </DropdownMenu>
)

/** A table's last column: each row's "…" menu, named after the row ("Actions for Gold"). */
export const actionsColumn = <T,>(name: (row: T) => string, actions: (row: T) => Action[]) =>
  createDataTableColumnHelper<T>().display({
    id: "action",
    cell: ({ row }) => <ActionMenu label={`Actions for ${name(row.original)}`} actions={actions(row.original)} />,
  })

export const editAction = (onClick: () => void): Action => ({ label: "Edit", icon: <PencilSquare />, onClick })

/** The last column of a table of saved things with a create / edit drawer: Edit (opens the drawer on the row), then `more`. */
export const editMenuColumn = <T extends { name: string }>(editor: { open: (item: T) => void }, more: (item: T) => Action[]) =>
  actionsColumn<T>((item) => item.name, (item) => [editAction(() => editor.open(item)), ...more(item)])
