import { usePointsLiability } from "../../hooks/points"
import { formatAmount } from "../../lib/format"
import { points } from "../../lib/points-display"
import { DataSection } from "../common/data-section"
import { SectionRow } from "../common/section-row"

/** The points customers hold now, and what they would cost if all were spent, per redemption currency. */
export const PointsLiabilitySection = () => (
  <DataSection
    title="Outstanding points"
    description="What customers hold, and its value at each redemption rate were every point spent in that currency."
    region
    query={usePointsLiability()}
    subject="The outstanding points"
    skeletonHeight="h-[80px]"
  >
    {(data) => (
      <>
        <SectionRow title="Available" value={points(data.points.available)} />
        <SectionRow title="Pending" value={points(data.points.pending)} />
        <SectionRow
          title="Value (available and pending)"
          value={
            data.value.map((row) => formatAmount(row.amount, row.currency_code)).join("\n") ||
            "No redemption rates: points cannot be spent"
          }
        />
      </>
    )}
  </DataSection>
)
