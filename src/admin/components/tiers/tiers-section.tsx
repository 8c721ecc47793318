import { ChartBar, Gift, PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, DataTable, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useBenefitCatalogue } from "../../hooks/benefit-attachments"
import { MembershipTier, TierProgramMode, useDeleteTier } from "../../hooks/membership-tiers"
import { attachedBenefits, BenefitHolder, inheritedBenefits } from "../../lib/attached-benefits"
import { movesLabel, tierRuleLabel } from "../../lib/tier-display"
import { AttachedBenefitNames } from "../benefits/attached-benefit-names"
import { AttachedBenefitsDrawer, BenefitsDrawerState } from "../benefits/attached-benefits-drawer"
import { actionsColumn } from "../common/action-menu"
import { toastSuccess } from "../common/toast-success"
import { useConfirmedAction } from "../common/use-confirmed-action"
import { TierBadge } from "./tier-badge"
import { TierFormDrawer } from "./tier-form-drawer"
import { SectionTitle } from "../common/section-header"

const column = createDataTableColumnHelper<MembershipTier>()

type DrawerState = { open: boolean; tier: MembershipTier | null }

const holderOf = (tier: MembershipTier): BenefitHolder => ({ kind: "tier", id: tier.id, name: tier.name })

/** Delete a tier after the merchant confirms; its members are re-evaluated. */
function useDeleteTierPrompt() {
  const confirmThen = useConfirmedAction()
  const deleteTier = useDeleteTier()
  return (tier: MembershipTier) =>
    confirmThen(
      { title: `Delete "${tier.name}"?`, description: "Its members are re-evaluated against the remaining tiers.", confirmText: "Delete" },
      async () => {
        const { evaluation } = await deleteTier.mutateAsync(tier.id)
        toastSuccess(`Tier "${tier.name}" deleted`, movesLabel(evaluation, true))
      }
    )
}

type TiersSectionProps = { tiers: MembershipTier[]; mode: TierProgramMode; isLoading: boolean; error: Error | null }

/** The tiers, lowest rank first, with create, edit and delete. */
export const TiersSection = ({ tiers, mode, isLoading, error }: TiersSectionProps) => {
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, tier: null })
  const [benefitsOf, setBenefitsOf] = useState<BenefitsDrawerState>({ open: false, holder: null })
  const confirmDelete = useDeleteTierPrompt()
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
    actionsColumn<MembershipTier>(
      (tier) => tier.name,
      (tier) => [
        { label: "Edit", icon: <PencilSquare />, onClick: () => setDrawer({ open: true, tier }) },
        { label: "Benefits", icon: <Gift />, onClick: () => setBenefitsOf({ open: true, holder: holderOf(tier) }) },
        { label: "Delete", icon: <Trash />, onClick: () => confirmDelete(tier) },
      ]
    ),
  ]

  const table = useDataTable({
    columns,
    data: [...tiers].sort((a, b) => a.rank - b.rank),
    getRowId: (tier) => tier.id,
    rowCount: tiers.length,
    isLoading,
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <SectionTitle level="h1" title="Tiers" description="Members move up as they reach a tier's rule; each tier keeps a customer group in sync." />
          <div className="flex items-center gap-x-2">
            <Button size="small" variant="secondary" asChild>
              <Link to="/membership/tiers/simulator">
                <ChartBar />
                Simulator
              </Link>
            </Button>
            <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, tier: null })}>
              Create tier
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: error
              ? { heading: "Tiers could not be loaded", description: error.message }
              : { heading: "No tiers yet", description: "Create the first tier members can reach." },
          }}
        />
      </DataTable>
      <TierFormDrawer
        open={drawer.open}
        tier={drawer.tier}
        saved={tiers}
        mode={mode}
        onOpenChange={(open) => setDrawer((current) => ({ ...current, open }))}
      />
      <AttachedBenefitsDrawer
        open={benefitsOf.open}
        holder={benefitsOf.holder}
        tiers={tiers}
        onOpenChange={(open) => setBenefitsOf((current) => ({ ...current, open }))}
      />
    </Container>
  )
}
