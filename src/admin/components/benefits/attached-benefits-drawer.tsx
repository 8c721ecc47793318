import { Gift } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { MembershipBenefit } from "../../../types/http"
import { useBenefitCatalogue } from "../../hooks/benefit-attachments"
import { useUpdateBenefit } from "../../hooks/membership-benefits"
import { attachedBenefits, attachmentUpdates, BenefitHolder, inheritedBenefits } from "../../lib/attached-benefits"
import { benefitTypeLabel } from "../../lib/benefit-display"
import type { Action } from "../common/action-menu"
import { CheckboxListField } from "../common/checkbox-list-field"
import { DrawerClose, DrawerPanel } from "../common/drawer-panel"
import { DrawerForm, DrawerProps, FormDrawer } from "../common/form-drawer"
import { toastSuccess } from "../common/toast-success"
import { useFormSubmit } from "../common/use-form-submit"
import { AttachedBenefitsList } from "./attached-benefits-list"

/** A plan's or tier's menu action that opens its benefits. */
export const benefitsAction = (onClick: () => void): Action => ({ label: "Benefits", icon: <Gift />, onClick })

type AttachedBenefitsDrawerProps = DrawerProps & {
  holder: BenefitHolder | null
  /** For a tier: every tier, to show what the lower ones give. */
  tiers?: { id: string; name: string; rank: number }[]
}

/** A plan's or tier's benefits, and "Attach benefits" to change which benefits list it. */
export const AttachedBenefitsDrawer = ({ open, onOpenChange, holder, tiers = [] }: AttachedBenefitsDrawerProps) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    {holder && <AttachedBenefits holder={holder} tiers={tiers} />}
  </FormDrawer>
)

const AttachedBenefits = ({ holder, tiers }: { holder: BenefitHolder; tiers: { id: string; name: string; rank: number }[] }) => {
  const [attaching, setAttaching] = useState(false)
  const { benefits, isLoading } = useBenefitCatalogue()
  const own = attachedBenefits(benefits, holder)

  if (attaching) {
    return <AttachBenefitsForm holder={holder} benefits={benefits} attached={own} onDone={() => setAttaching(false)} />
  }

  const tier = holder.kind === "tier" ? tiers.find((other) => other.id === holder.id) : undefined
  return (
    <DrawerPanel
      title={`Benefits of ${holder.name}`}
      description={holder.kind === "plan" ? "What members of this plan get." : "What holders of this tier get; higher tiers get it too."}
      footer={
        <>
          <DrawerClose>Close</DrawerClose>
          <Button size="small" type="button" disabled={isLoading} onClick={() => setAttaching(true)}>
            Attach benefits
          </Button>
        </>
      }
    >
      <AttachedBenefitsList
        own={own}
        inherited={tier ? inheritedBenefits(benefits, tier, tiers) : []}
        emptyText={isLoading ? "Loading…" : `No benefit is attached to ${holder.name} yet.`}
      />
      <Link to="/membership/benefits" className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
        Open the Benefits page
      </Link>
    </DrawerPanel>
  )
}

type AttachBenefitsFormProps = {
  holder: BenefitHolder
  benefits: MembershipBenefit[]
  attached: MembershipBenefit[]
  onDone: () => void
}

const optionLabel = (benefit: MembershipBenefit) =>
  `${benefit.name} (${benefitTypeLabel(benefit.type)}${benefit.status === "archived" ? ", archived" : ""})`

/** Ticks the benefits that list the holder; saving updates each benefit whose tick changed. */
const AttachBenefitsForm = ({ holder, benefits, attached, onDone }: AttachBenefitsFormProps) => {
  const [selected, setSelected] = useState(() => attached.map((benefit) => benefit.id))
  const updateBenefit = useUpdateBenefit()
  const form = useFormSubmit({
    save: async () => {
      const updates = attachmentUpdates(benefits, holder, selected)
      for (const update of updates) {
        await updateBenefit.mutateAsync(update)
      }
      if (updates.length) {
        toastSuccess(`Benefits of ${holder.name} saved`, `${updates.length} ${updates.length === 1 ? "benefit" : "benefits"} changed.`)
      }
      onDone()
    },
  })

  return (
    <DrawerForm
      title={`Attach benefits to ${holder.name}`}
      description={
        holder.kind === "plan"
          ? "Members of this plan get the ticked benefits."
          : "Holders of this tier, and of every higher tier, get the ticked benefits."
      }
      form={form}
    >
      <CheckboxListField
        id="attach-benefit"
        legend="Benefits"
        hint={holder.kind === "tier" ? "Benefits of lower tiers reach this tier without being ticked here." : undefined}
        options={benefits.map((benefit) => ({ value: benefit.id, label: optionLabel(benefit) }))}
        value={selected}
        onChange={form.clearingError(setSelected)}
        emptyText="The catalogue has no benefits yet: create them on the Benefits page."
      />
    </DrawerForm>
  )
}
