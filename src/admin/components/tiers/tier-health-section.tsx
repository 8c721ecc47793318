import { ArrowPath } from "@medusajs/icons"
import { Alert, Button, Container, Skeleton, Text, toast } from "@medusajs/ui"
import type { MembershipTier, TierDistribution } from "../../../types/http"
import { useReevaluateTiers } from "../../hooks/membership-tiers"
import { formatCount, members, movesLabel, percent } from "../../lib/tier-display"
import { Bar } from "../common/bar"
import { errorMessage } from "../common/form-error"
import { SectionHeader } from "../common/section-header"
import { toastSuccess } from "../common/toast-success"
import { badgeColor } from "./tier-badge"

const NO_TIER_COLOR = "var(--tag-neutral-icon)"

type TierHealthProps = { distribution: TierDistribution | undefined; tiers: MembershipTier[]; isLoading: boolean }

const ReevaluateButton = () => {
  const reevaluate = useReevaluateTiers()
  const run = async () => {
    try {
      const { evaluation } = await reevaluate.mutateAsync()
      toastSuccess("Members re-evaluated", movesLabel(evaluation, true))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
  return (
    <Button size="small" variant="secondary" onClick={run} isLoading={reevaluate.isPending}>
      <ArrowPath />
      Re-evaluate now
    </Button>
  )
}

/** How members spread over the tiers ("No tier" first, then by rank), warning when one tier holds most of them. */
export const TierHealthSection = ({ distribution, tiers, isLoading }: TierHealthProps) => {
  const byId = new Map(tiers.map((tier) => [tier.id, tier]))
  const rows = [...(distribution?.tiers ?? [])].sort(
    (a, b) => (a.tier_id ? (byId.get(a.tier_id)?.rank ?? 0) : -1) - (b.tier_id ? (byId.get(b.tier_id)?.rank ?? 0) : -1)
  )
  const dominant = distribution?.flagged ? rows.find((row) => row.tier_id === distribution.dominant_tier_id) : undefined

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Tier health"
        description={distribution ? members(distribution.total_members) : undefined}
      >
        <ReevaluateButton />
      </SectionHeader>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {distribution?.flagged && (
          <Alert variant="warning">
            <Text size="small" weight="plus" className="text-ui-tag-orange-text">
              {dominant ? `"${dominant.tier_id ? dominant.name : "No tier"}" holds ${percent(dominant.share)} of members.` : "One tier holds most members."}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              With more than 75% of members in one tier, tiers barely tell members apart: review the thresholds (try the
              simulator).
            </Text>
          </Alert>
        )}
        {isLoading ? (
          <Skeleton className="h-[96px] w-full" />
        ) : rows.length ? (
          <ul aria-label="Members per tier" className="flex flex-col gap-y-2">
            {rows.map((row) => {
              const name = row.tier_id ? row.name : "No tier"
              const tierOfRow = row.tier_id ? byId.get(row.tier_id) : undefined
              return (
                <li key={row.tier_id ?? "none"} className="grid grid-cols-[140px_1fr_120px] items-center gap-x-3">
                  <Text size="small" leading="compact" className="truncate">
                    {name}
                  </Text>
                  <Bar
                    share={row.share}
                    className="h-3"
                    color={tierOfRow ? badgeColor(tierOfRow) : NO_TIER_COLOR}
                  />
                  <Text size="small" leading="compact" className="text-ui-fg-subtle text-right">
                    {formatCount(row.members)} · {percent(row.share)}
                  </Text>
                </li>
              )
            })}
          </ul>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No members yet.
          </Text>
        )}
      </div>
    </Container>
  )
}
