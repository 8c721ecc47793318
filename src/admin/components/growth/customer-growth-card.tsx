import type { CustomerGrowth, TierMode } from "../../../types/http"
import { useCustomerGrowth } from "../../hooks/customer-growth"
import { useTierProgram } from "../../hooks/membership-tiers"
import { formatDate } from "../../lib/format"
import { formatCount } from "../../lib/tier-display"
import { Bar } from "../common/bar"
import { DataSection } from "../common/data-section"
import { DrawerButton } from "../common/drawer-button"
import { SectionRow } from "../common/section-row"
import { usePagination } from "../common/use-pagination"
import { badgeColor, TierBadge } from "../tiers/tier-badge"
import { AdjustGrowthDrawer } from "./adjust-growth-drawer"
import { GrowthHistory } from "./growth-history"

const ratio = (value: number, target: number) => (target > 0 ? Math.min(1, value / target) : 1)

/** How far the customer is toward the next tier, by the program's mode. */
function nextTierProgress({ growth, next_tier: next }: CustomerGrowth, mode: TierMode) {
  if (!next) {
    return null
  }
  if (mode === "rfm") {
    return {
      share: Math.min(ratio(growth.spend, next.rfm_min_spend), ratio(growth.orders, next.rfm_min_orders)),
      text: `Spend ${formatCount(growth.spend)} of ${formatCount(next.rfm_min_spend)} · ${formatCount(growth.orders)} of ${formatCount(next.rfm_min_orders)} orders`,
    }
  }
  return {
    share: ratio(growth.balance, next.threshold),
    text: `${formatCount(Math.max(0, next.threshold - growth.balance))} growth to go (${formatCount(growth.balance)} of ${formatCount(next.threshold)})`,
  }
}

const NextTier = ({ data, mode }: { data: CustomerGrowth; mode: TierMode }) => {
  const progress = nextTierProgress(data, mode)
  if (!data.next_tier || !progress) {
    return <>{data.tier ? "Top tier reached" : "-"}</>
  }
  return (
    <div className="flex w-full flex-col items-start gap-y-1.5">
      <TierBadge tier={data.next_tier} />
      <Bar share={progress.share} label={`Progress to ${data.next_tier.name}`} color={badgeColor(data.next_tier)} />
      <span className="text-ui-fg-subtle">{progress.text}</span>
    </div>
  )
}

/** A customer's tier and growth value on their detail page, with the growth history and a manual adjustment. */
export const CustomerGrowthCard = ({ customerId }: { customerId: string }) => {
  const pagination = usePagination(10)
  const query = useCustomerGrowth(customerId, pagination.params)
  const mode = useTierProgram().data?.program.mode ?? "growth"

  return (
    <DataSection
      title="Tier and growth"
      region
      query={query}
      subject="Growth"
      skeletonHeight="h-[120px]"
      actions={() => <DrawerButton label="Adjust growth" drawer={(drawer) => <AdjustGrowthDrawer {...drawer} customerId={customerId} />} />}
    >
      {(data) => (
        <>
          <SectionRow title="Tier" value={data.tier ? <TierBadge tier={data.tier} /> : "No tier yet"} />
          <SectionRow title="Growth balance" value={formatCount(data.growth.balance)} />
          <SectionRow title="Lifetime growth" value={formatCount(data.growth.lifetime)} />
          {mode === "rfm" && (
            <SectionRow title="Spend and orders" value={`${formatCount(data.growth.spend)} · ${formatCount(data.growth.orders)} orders`} />
          )}
          <SectionRow title="Next tier" value={<NextTier data={data} mode={mode} />} />
          {data.protected_until && <SectionRow title="Tier protected until" value={formatDate(data.protected_until)} />}
          <GrowthHistory growth={data} isLoading={query.isLoading} pagination={pagination} />
        </>
      )}
    </DataSection>
  )
}
