import { Container, Table, Text } from "@medusajs/ui"
import type { SimulationResult } from "../../../types/http"
import { formatCount } from "../../lib/tier-display"
import { SectionHeader } from "../common/section-header"

/** When a tier is reached: week 0 is a tier with nothing to reach. */
const weekLabel = (week: number | null) =>
  week == null ? "Not reached in 12 months" : week === 0 ? "From the start" : `Week ${week}`

/** Persona × tier: the week each tier is reached within 12 months, and the suggested thresholds. */
export const SimulationResults = ({ result }: { result: SimulationResult }) => {
  const tiers = result.simulation[0]?.tiers ?? []
  return (
    <Container className="divide-y p-0">
      <SectionHeader title="Results" description="When each persona reaches each tier, week by week over 12 months." />
      <div className="overflow-x-auto">
        <Table aria-label="Simulation results">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Persona</Table.HeaderCell>
              {tiers.map((tier) => (
                <Table.HeaderCell key={tier.tier_id}>
                  {tier.name} ({formatCount(tier.threshold)})
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell className="text-right">First week</Table.HeaderCell>
              <Table.HeaderCell className="text-right">After 12 months</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {result.simulation.map((row) => (
              <Table.Row key={row.persona}>
                <Table.Cell>{row.persona}</Table.Cell>
                {row.tiers.map((tier) => (
                  <Table.Cell key={tier.tier_id} className={tier.week == null ? "text-ui-fg-muted" : undefined}>
                    {weekLabel(tier.week)}
                  </Table.Cell>
                ))}
                <Table.Cell className="text-right">{formatCount(row.growth_first_week)}</Table.Cell>
                <Table.Cell className="text-right">{formatCount(row.growth_12_months)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          Suggested thresholds
        </Text>
        {result.suggested_thresholds?.length ? (
          <ol aria-label="Suggested thresholds" className="flex flex-wrap gap-2">
            {result.suggested_thresholds.map((threshold, index) => (
              <li key={index} className="txt-compact-small bg-ui-bg-subtle shadow-borders-base rounded-md px-2 py-1">
                Tier {index + 1}: {formatCount(threshold)}
              </li>
            ))}
          </ol>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            Enter a base value to get suggestions.
          </Text>
        )}
      </div>
    </Container>
  )
}
