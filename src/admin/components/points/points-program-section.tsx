import { PencilSquare } from "@medusajs/icons"
import { useAllTiers } from "../../hooks/membership-tiers"
import { usePointsProgram } from "../../hooks/points"
import { earnRatesLabel, excludedLabel, expiryLabel, points, redemptionRatesLabel, tierMultipliersLabel } from "../../lib/points-display"
import { formatCount } from "../../lib/tier-display"
import { DataSection } from "../common/data-section"
import { DrawerButton } from "../common/drawer-button"
import { SectionRow } from "../common/section-row"
import { PointsProgramDrawer } from "./points-program-drawer"

/** The points rules, and the drawer that edits them. */
export const PointsProgramSection = () => {
  const tiers = useAllTiers().data?.tiers ?? []
  return (
    <DataSection
      title="Points rules"
      description="How customers earn, keep and spend points."
      region
      query={usePointsProgram()}
      subject="The points rules"
      skeletonHeight="h-[160px]"
      actions={({ program }) => (
        <DrawerButton label="Edit rules" icon={<PencilSquare />} drawer={(drawer) => <PointsProgramDrawer {...drawer} program={program} />} />
      )}
    >
      {({ program }) => (
        <>
          <SectionRow title="Earn rates" value={earnRatesLabel(program)} />
          <SectionRow title="Excluded from earning" value={excludedLabel(program)} />
          <SectionRow title="Tier multipliers" value={tierMultipliersLabel(program, tiers)} />
          <SectionRow title="Pending" value={`${formatCount(program.pending_days)} days before points can be spent`} />
          <SectionRow title="Expiry" value={expiryLabel(program)} />
          <SectionRow title="Redemption rates" value={redemptionRatesLabel(program)} />
          <SectionRow title="Maximum share of an order" value={`${program.max_share_percent}%`} />
          <SectionRow title="Minimum redemption" value={points(program.min_redemption)} />
          <SectionRow title="Time zone" value={program.timezone} />
        </>
      )}
    </DataSection>
  )
}
