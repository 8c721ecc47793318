import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
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
