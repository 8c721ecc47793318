import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Select, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { InsightsAmount, InsightsSummary } from "../../../types/http"
import { downloadInsightsCsv, useInsightsSummary } from "../../hooks/insights"
import { formatAmount } from "../../lib/format"
import { SectionHeader } from "../common/section-header"
import { SelectItems } from "../common/select-items"
import { SectionLoadState } from "../common/section-load-state"

const DAY_MS = 86_400_000
const RANGES = [
  { value: "30", label: "Last 30 days" },
  { value: "90", label: "Last 90 days" },
  { value: "365", label: "Last 12 months" },
]

const day = (date: Date) => date.toISOString().slice(0, 10)

/** The last `days` days, ending tomorrow at 00:00 UTC so today counts. */
const lastDays = (days: number) => {
  const to = new Date(Date.parse(day(new Date())) + DAY_MS)
  return { from: day(new Date(to.getTime() - days * DAY_MS)), to: day(to) }
}

const amounts = (rows: InsightsAmount[]) => (rows.length ? rows.map((row) => formatAmount(row.amount, row.currency_code)).join(" · ") : "-")
const percent = (rate: number | null) => (rate === null ? "-" : `${(rate * 100).toFixed(1)}%`)

/** The figures, each a card: what it is, its value, and a line that explains it. */
const cards = (summary: InsightsSummary) => [
  {
    label: "Members",
    value: String(summary.members.active + summary.members.trialing + summary.members.past_due + summary.members.canceling),
    detail: `${summary.members.active} active, ${summary.members.trialing} on trial, ${summary.members.past_due} past due, ${summary.members.canceling} canceling`,
  },
  { label: "MRR", value: amounts(summary.mrr), detail: `ARPU ${amounts(summary.arpu)}` },
  { label: "Churn", value: percent(summary.churn_rate), detail: `${summary.new_members} new, ${summary.churned_members} churned` },
  { label: "Membership fees", value: amounts(summary.fees), detail: "Periods that started in the range, net of refunds" },
  { label: "Benefit cost", value: amounts(summary.benefit_cost), detail: "Benefits used, net of what was given back" },
  { label: "Margin", value: amounts(summary.margin), detail: "Fees less benefit cost" },
  {
    label: "Points outstanding",
    value: summary.points.outstanding.toLocaleString("en-US"),
    detail: `Worth ${amounts(summary.points.liability)}`,
  },
  {
    label: "Points breakage",
    value: percent(summary.points.breakage_rate),
    detail: `${summary.points.issued.toLocaleString("en-US")} issued, ${summary.points.redeemed.toLocaleString("en-US")} redeemed, ${summary.points.expired.toLocaleString("en-US")} expired`,
  },
]

/** Membership → Overview: the program's figures for a range, from the ledgers, with a CSV export. */
export const OverviewSection = () => {
  const [days, setDays] = useState("30")
  const range = useMemo(() => lastDays(Number(days)), [days])
  const { data, isLoading, error } = useInsightsSummary(range)

  return (
    <Container className="divide-y p-0" role="region" aria-label="Overview">
      <SectionHeader title="Overview" description="Members, recurring revenue, benefit cost and points, from the program's ledgers." level="h2">
        <div className="flex items-center gap-2">
          <Select size="small" value={days} onValueChange={setDays}>
            <Select.Trigger aria-label="Range" className="w-[160px]">
              <Select.Value />
            </Select.Trigger>
            <SelectItems options={RANGES} />
          </Select>
          <Button size="small" variant="secondary" disabled={!data} onClick={() => downloadInsightsCsv(range)}>
            <ArrowDownTray />
            Export CSV
          </Button>
        </div>
      </SectionHeader>
      <SectionLoadState isLoading={isLoading} skeletonHeight="h-[180px]" error={data ? null : error} subject="The overview" />
      {data && (
        <dl className="grid grid-cols-1 gap-px bg-ui-border-base sm:grid-cols-2 xl:grid-cols-4">
          {cards(data).map((card) => (
            <div key={card.label} className="bg-ui-bg-base px-6 py-4">
              <Text size="small" className="text-ui-fg-subtle" asChild>
                <dt>{card.label}</dt>
              </Text>
              <dd>
                <Text size="xlarge" weight="plus">
                  {card.value}
                </Text>
                <Text size="small" className="text-ui-fg-muted">
                  {card.detail}
                </Text>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Container>
  )
}
