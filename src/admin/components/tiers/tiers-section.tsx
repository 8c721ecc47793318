import { ChartBar } from "@medusajs/icons"
import { Button, createDataTableColumnHelper } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { MembershipTier, TierMode } from "../../../types/http"
import { useBenefitCatalogue } from "../../hooks/benefit-attachments"
import { useDeleteTier } from "../../hooks/membership-tiers"
import { attachedBenefits, BenefitHolder, inheritedBenefits } from "../../lib/attached-benefits"
import { movesLabel, tierRuleLabel } from "../../lib/tier-display"
import { AttachedBenefitNames } from "../benefits/attached-benefit-names"
import { AttachedBenefitsDrawer, benefitsAction } from "../benefits/attached-benefits-drawer"
import { editMenuColumn } from "../common/action-menu"
import { useRemoveAction } from "../common/confirmed-actions"
import { TableSection } from "../common/table-section"
import { useDrawerFor } from "../common/use-drawer-for"
import { useListTable } from "../common/use-list-table"
import { TierBadge } from "./tier-badge"
import { TierFormDrawer } from "./tier-form-drawer"
import { CreateButton } from "../common/create-button"

const column = createDataTableColumnHelper<MembershipTier>()

const holderOf = (tier: MembershipTier): BenefitHolder => ({ kind: "tier", id: tier.id, name: tier.name })

/** Deleting a tier re-evaluates its members; the toast says who moved. */
const DELETING = { noun: "Tier", deleting: "Its members are re-evaluated against the remaining tiers." }

type TiersSectionProps = { tiers: MembershipTier[]; mode: TierMode; isLoading: boolean; error: Error | null }

/** The tiers, lowest rank first, with create, edit and delete. */
export const TiersSection = ({ tiers, mode, isLoading, error }: TiersSectionProps) => {
  const editor = useDrawerFor<MembershipTier>()
  const benefitsOf = useDrawerFor<BenefitHolder>()
  const remove = useRemoveAction(useDeleteTier(), DELETING, { detail: ({ evaluation }) => movesLabel(evaluation, true) })
  const { benefits, isLoading: benefitsLoading } = useBenefitCatalogue()

  const columns = [
    column.display({ id: "badge", header: "Badge", cell: ({ row }) => <TierBadge tier={row.original} /> }),
    column.accessor("name", { header: "Name" }),
    column.accessor("rank", { header: "Rank" }),
    column.accessor((tier) => tierRuleLabel(tier, mode), { id: "rule", header: mode === "rfm" ? "RFM rule" : "Threshold" }),
    column.accessor((tier) => tier.description ?? "-", {
      id: "description",
      header: "Unlocks",
      cell: ({ getValue }) => <span className="line-clamp-2 whitespace-normal">{getValue()}</span>,
    }),
    column.display({
      id: "benefits",
      header: "Benefits",
      cell: ({ row }) => (
        <AttachedBenefitNames
          isLoading={benefitsLoading}
          own={attachedBenefits(benefits, holderOf(row.original))}
          inheritedCount={inheritedBenefits(benefits, row.original, tiers).length}
        />
      ),
    }),
    editMenuColumn<MembershipTier>(editor, (tier) => [benefitsAction(() => benefitsOf.open(holderOf(tier))), remove(tier)]),
  ]

  const table = useListTable({ columns, rows: [...tiers].sort((a, b) => a.rank - b.rank), count: tiers.length, isLoading })

  return (
    <TableSection
      table={table}
      paginated={false}
      heading={{ level: "h1", title: "Tiers", description: "Members move up as they reach a tier's rule; each tier keeps a customer group in sync." }}
      actions={
        <>
          <Button size="small" variant="secondary" asChild>
            <Link to="/membership/tiers/simulator">
              <ChartBar />
              Simulator
            </Link>
          </Button>
          <CreateButton editor={editor} label="Create tier" />
        </>
      }
      error={error}
      empty={{ heading: "No tiers yet", description: "Create the first tier members can reach." }}
    >
      <TierFormDrawer {...editor.drawer} tier={editor.item} saved={tiers} mode={mode} />
      <AttachedBenefitsDrawer {...benefitsOf.drawer} holder={benefitsOf.item} tiers={tiers} />
    </TableSection>
  )
}
