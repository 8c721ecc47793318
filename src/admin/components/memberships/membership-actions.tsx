import { Button } from "@medusajs/ui"
import { useState } from "react"
import type { Membership } from "../../hooks/memberships"
import { CancelMembershipDrawer } from "./cancel-membership-drawer"
import { ExtendMembershipDrawer } from "./extend-membership-drawer"
import { isEnded } from "./membership-status-badge"

/** The merchant's actions on a live membership: extend it, or cancel it now with a refund. */
export const MembershipActions = ({ membership }: { membership: Membership }) => {
  const [open, setOpen] = useState<"cancel" | "extend" | null>(null)
  if (isEnded(membership.status)) {
    return null
  }
  const onOpenChange = (which: "cancel" | "extend") => (next: boolean) => setOpen(next ? which : null)

  return (
    <div className="flex items-center gap-x-2">
      <Button size="small" variant="secondary" onClick={() => setOpen("extend")}>
        Extend
      </Button>
      <Button size="small" variant="secondary" onClick={() => setOpen("cancel")}>
        Cancel and refund
      </Button>
      <ExtendMembershipDrawer membership={membership} open={open === "extend"} onOpenChange={onOpenChange("extend")} />
      <CancelMembershipDrawer membership={membership} open={open === "cancel"} onOpenChange={onOpenChange("cancel")} />
    </div>
  )
}
