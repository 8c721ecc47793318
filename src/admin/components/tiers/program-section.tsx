import { PencilSquare } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import type { TierProgramSettings } from "../../../types/http"
import { useAllPlans } from "../../hooks/membership-plans"
import { awardOnLabel, downgradeLabel, formatCount, modeLabel, windowLabel } from "../../lib/tier-display"
import { DataSection } from "../common/data-section"
import { DrawerButton } from "../common/drawer-button"
import { SectionRow } from "../common/section-row"
import { ProgramFormDrawer } from "./program-form-drawer"

const excludedLabel = (program: TierProgramSettings) =>
  [program.exclude_shipping && "Shipping", program.exclude_tax && "Tax"].filter(Boolean).join(", ") || "Nothing"

const earnRatesLabel = (program: TierProgramSettings) =>
  (program.earn_rates ?? [])
    .map((rate) => `${rate.currency_code.toUpperCase()}: ${rate.growth_per_unit} per unit (spend rate ${rate.spend_rate})`)
    .join("\n") || "None: orders earn no growth"

const checkInLabel = (program: TierProgramSettings) => {
  if (!program.check_in_growth) {
    return "Off"
  }
  const streak = program.streak_days ? `; +${formatCount(program.streak_bonus)} for a ${program.streak_days}-day streak` : ""
  return `${formatCount(program.check_in_growth)} a day${streak}`
}

const PlanMultipliers = ({ program }: { program: TierProgramSettings }) => {
  const { data } = useAllPlans()
  const name = (planId: string) => data?.plans.find((plan) => plan.id === planId)?.name ?? planId
  const rows = program.plan_multipliers ?? []
  return (
    <Text size="small" leading="compact" className="whitespace-pre-line">
      {rows.length ? rows.map((row) => `${name(row.plan_id)} ×${row.multiplier}`).join("\n") : "None"}
    </Text>
  )
}

type ProgramSectionProps = { program: TierProgramSettings | undefined; isLoading: boolean; error: Error | null }

/** The tier program's settings, and the drawer that edits them. */
export const ProgramSection = ({ program, isLoading, error }: ProgramSectionProps) => (
  <DataSection
    title="Program settings"
    description="How members earn growth and reach, keep or lose tiers."
    query={{ data: program, isLoading, error }}
    subject="The program"
    skeletonHeight="h-[160px]"
    actions={(program) => (
      <DrawerButton label="Edit program" icon={<PencilSquare />} drawer={(drawer) => <ProgramFormDrawer {...drawer} program={program} />} />
    )}
  >
    {(program) => (
      <>
        <SectionRow title="Mode" value={modeLabel(program.mode)} />
        <SectionRow title="Window" value={windowLabel(program.window_days)} />
        <SectionRow title="Downgrades" value={downgradeLabel(program)} />
        <SectionRow title="Award growth when" value={awardOnLabel(program.award_on)} />
        <SectionRow title="Excluded from spend" value={excludedLabel(program)} />
        <SectionRow title="Earn rates" value={earnRatesLabel(program)} />
        <SectionRow title="Order bonus" value={formatCount(program.order_bonus)} />
        <SectionRow title="Plan multipliers" value={<PlanMultipliers program={program} />} />
        <SectionRow title="Check-ins" value={checkInLabel(program)} />
        <SectionRow title="Timezone" value={program.timezone} />
      </>
    )}
  </DataSection>
)
