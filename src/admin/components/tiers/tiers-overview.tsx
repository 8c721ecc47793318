import { useTierProgram, useTiers } from "../../hooks/membership-tiers"
import { ProgramSection } from "./program-section"
import { TierHealthSection } from "./tier-health-section"
import { TiersSection } from "./tiers-section"

/** Tiers are few: the page loads them all at once (the preview weighs a change against every one). */
const ALL_TIERS = { limit: 100, offset: 0 }

/** The Tiers page: how members spread, the tiers, and the program behind them. */
export const TiersOverview = () => {
  const tiers = useTiers(ALL_TIERS)
  const program = useTierProgram()
  const saved = tiers.data?.tiers ?? []

  return (
    <div className="flex flex-col gap-y-3">
      <TierHealthSection distribution={tiers.data?.distribution} tiers={saved} isLoading={tiers.isLoading} />
      <TiersSection
        tiers={saved}
        mode={program.data?.program.mode ?? "growth"}
        isLoading={tiers.isLoading}
        error={tiers.error}
      />
      <ProgramSection program={program.data?.program} isLoading={program.isLoading} error={program.error} />
    </div>
  )
}
