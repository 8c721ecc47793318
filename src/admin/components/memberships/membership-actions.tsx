import type { Membership } from "../../../types/http"
import { DrawerButton } from "../common/drawer-button"
import { CancelMembershipDrawer } from "./cancel-membership-drawer"
import { ExtendMembershipDrawer } from "./extend-membership-drawer"
import { isEnded } from "./membership-status-badge"

/** The merchant's actions on a live membership: extend it, or cancel it now with a refund. */
export const MembershipActions = ({ membership }: { membership: Membership }) =>
  isEnded(membership.status) ? null : (
    <div className="flex items-center gap-x-2">
      <DrawerButton label="Extend" drawer={(drawer) => <ExtendMembershipDrawer {...drawer} membership={membership} />} />
      <DrawerButton label="Cancel and refund" drawer={(drawer) => <CancelMembershipDrawer {...drawer} membership={membership} />} />
    </div>
  )
