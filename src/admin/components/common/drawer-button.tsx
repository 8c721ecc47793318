import { Button } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import type { DrawerProps } from "./form-drawer"

type DrawerButtonProps = {
  label: string
  icon?: ReactNode
  /** The drawer the button opens, given its open state. */
  drawer: (props: DrawerProps) => ReactNode
}

/** A section's button that opens a drawer (edit, adjust, create…). */
export const DrawerButton = ({ label, icon, drawer }: DrawerButtonProps) => {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        {icon}
        {label}
      </Button>
      {drawer({ open, onOpenChange: setOpen })}
    </>
  )
}
