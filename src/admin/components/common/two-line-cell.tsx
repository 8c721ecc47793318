import { clx } from "@medusajs/ui"
import { ReactNode } from "react"

/** A table cell's main line and, when there is one, a subtle line under it. */
export const TwoLineCell = ({ main, sub, subClassName }: { main: ReactNode; sub?: ReactNode; subClassName?: string }) => (
  <div className="flex flex-col">
    <span className="text-ui-fg-base">{main}</span>
    {sub && <span className={clx("text-ui-fg-subtle", subClassName)}>{sub}</span>}
  </div>
)
