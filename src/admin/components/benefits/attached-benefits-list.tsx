import { Text } from "@medusajs/ui"
import { ReactNode } from "react"
import type { MembershipBenefit } from "../../../types/http"
import type { InheritedBenefit } from "../../lib/attached-benefits"
import { benefitSummary, benefitTypeLabel } from "../../lib/benefit-display"
import { ActiveStatusBadge } from "../common/active-status-badge"

const BenefitLine = ({ benefit, note }: { benefit: MembershipBenefit; note?: string }) => (
  <li className="flex items-start justify-between gap-x-3 px-4 py-3">
    <div className="flex min-w-0 flex-col">
      <Text size="small" leading="compact" weight="plus" className="text-ui-fg-base">
        {benefit.name}
      </Text>
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {benefitTypeLabel(benefit.type)} · {benefitSummary(benefit)}
      </Text>
      {note && (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          {note}
        </Text>
      )}
    </div>
    <ActiveStatusBadge status={benefit.status} />
  </li>
)

const Group = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="flex flex-col gap-y-2" aria-label={title}>
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {title}
    </Text>
    <ul className="shadow-borders-base divide-ui-border-base divide-y rounded-lg">{children}</ul>
  </section>
)

type AttachedBenefitsListProps = {
  own: MembershipBenefit[]
  /** A tier's: what the tiers below it give. */
  inherited?: InheritedBenefit[]
  emptyText: string
}

/** The benefits a plan or tier lists (name, type, status), and for a tier those it gets from lower tiers. */
export const AttachedBenefitsList = ({ own, inherited = [], emptyText }: AttachedBenefitsListProps) => (
  <div className="flex flex-col gap-y-4">
    {own.length ? (
      <Group title="Attached">
        {own.map((benefit) => (
          <BenefitLine key={benefit.id} benefit={benefit} />
        ))}
      </Group>
    ) : (
      <Text size="small" className="text-ui-fg-subtle">
        {emptyText}
      </Text>
    )}
    {inherited.length > 0 && (
      <Group title="Also from lower tiers">
        {inherited.map(({ benefit, from }) => (
          <BenefitLine key={benefit.id} benefit={benefit} note={`From ${from.join(", ")}`} />
        ))}
      </Group>
    )}
  </div>
)
