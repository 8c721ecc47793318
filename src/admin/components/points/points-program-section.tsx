import { PencilSquare } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { useTiers } from "../../hooks/membership-tiers"
import { usePointsProgram } from "../../hooks/points"
import {
  earnRatesLabel,
  excludedLabel,
  expiryLabel,
  points,
  redemptionRatesLabel,
  tierMultipliersLabel,
} from "../../lib/points-display"
import { formatCount } from "../../lib/tier-display"
import { SectionHeader } from "../common/section-header"
import { SectionLoadState } from "../common/section-load-state"
import { SectionRow } from "../common/section-row"
import { PointsProgramDrawer } from "./points-program-drawer"

/** The points rules, and the drawer that edits them. */
export const PointsProgramSection = () => {
  const [open, setOpen] = useState(false)
  const { data, isLoading, error } = usePointsProgram()
  const tiers = useTiers({ limit: 100, offset: 0 }).data?.tiers ?? []
  const program = data?.program

  return (
    <Container className="divide-y p-0" role="region" aria-label="Points rules">
      <SectionHeader title="Points rules" description="How customers earn, keep and spend points.">
        {program && (
          <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
            <PencilSquare />
            Edit rules
          </Button>
        )}
      </SectionHeader>
      <SectionLoadState isLoading={isLoading} skeletonHeight="h-[160px]" error={error} subject="The points rules" />
      {program && (
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
          <PointsProgramDrawer open={open} onOpenChange={setOpen} program={program} />
        </>
      )}
    </Container>
  )
}
