import type { MembershipBenefit } from "../../../types/http"

/** Names shown in the cell; the drawer lists them all. */
const SHOWN = 3

type AttachedBenefitNamesProps = {
  own: MembershipBenefit[]
  /** A tier's: how many benefits the tiers below it add. */
  inheritedCount?: number
  /** While the catalogue loads: shows nothing rather than "None". */
  isLoading?: boolean
}

/** A table cell: a plan's or tier's benefits, one name a line, and how many more come from lower tiers. */
export const AttachedBenefitNames = ({ own, inheritedCount = 0, isLoading = false }: AttachedBenefitNamesProps) =>
  isLoading ? null : (
    <div className="flex min-w-[160px] max-w-[240px] flex-col whitespace-normal">
      {own.slice(0, SHOWN).map((benefit) => (
        <span key={benefit.id} className="text-ui-fg-base truncate">
          {benefit.name}
        </span>
      ))}
      {own.length > SHOWN && <span className="text-ui-fg-subtle">+{own.length - SHOWN} more</span>}
      {!own.length && <span className="text-ui-fg-subtle">None</span>}
      {inheritedCount > 0 && <span className="text-ui-fg-subtle">+{inheritedCount} also from lower tiers</span>}
    </div>
  )
