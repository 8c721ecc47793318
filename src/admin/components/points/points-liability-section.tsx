import { Container } from "@medusajs/ui"
import { usePointsLiability } from "../../hooks/points"
import { formatAmount } from "../../lib/format"
import { points } from "../../lib/points-display"
import { SectionHeader } from "../common/section-header"
import { SectionLoadState } from "../common/section-load-state"
import { SectionRow } from "../common/section-row"

/** The points customers hold now, and what they would cost if all were spent, per redemption currency. */
export const PointsLiabilitySection = () => {
  const { data, isLoading, error } = usePointsLiability()
  return (
    <Container className="divide-y p-0" role="region" aria-label="Outstanding points">
      <SectionHeader
        title="Outstanding points"
        description="What customers hold, and its value at each redemption rate were every point spent in that currency."
      />
      <SectionLoadState isLoading={isLoading} skeletonHeight="h-[80px]" error={error} subject="The outstanding points" />
      {data && (
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
    </Container>
  )
}
