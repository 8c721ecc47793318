import { Button, Drawer } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useBenefitCatalogue } from "../../hooks/benefit-attachments"
import { MembershipBenefit, useUpdateBenefit } from "../../hooks/membership-benefits"
import { attachedBenefits, attachmentUpdates, BenefitHolder, inheritedBenefits } from "../../lib/attached-benefits"
import { benefitTypeLabel } from "../../lib/benefit-display"
import { CheckboxListField } from "../common/checkbox-list-field"
import { DrawerForm, FormDrawer } from "../common/form-drawer"
import { toastSuccess } from "../common/toast-success"
import { useFormSubmit } from "../common/use-form-submit"
import { AttachedBenefitsList } from "./attached-benefits-list"

/** Which plan's or tier's benefits the page's drawer shows. */
export type BenefitsDrawerState = { open: boolean; holder: BenefitHolder | null }

type AttachedBenefitsDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
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
    <div className="flex h-full flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>Benefits of {holder.name}</Drawer.Title>
        <Drawer.Description className="text-ui-fg-subtle txt-small">
          {holder.kind === "plan"
            ? "What members of this plan get."
            : "What holders of this tier get; higher tiers get it too."}
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <AttachedBenefitsList
          own={own}
          inherited={tier ? inheritedBenefits(benefits, tier, tiers) : []}
          emptyText={isLoading ? "Loading…" : `No benefit is attached to ${holder.name} yet.`}
        />
        <Link
          to="/membership/benefits"
          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          Open the Benefits page
        </Link>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Close
          </Button>
        </Drawer.Close>
        <Button size="small" type="button" disabled={isLoading} onClick={() => setAttaching(true)}>
          Attach benefits
        </Button>
      </Drawer.Footer>
    </div>
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
  const { error, submit, clearError } = useFormSubmit({
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
      onSubmit={submit}
      error={error}
      cancelLabel="Cancel"
      submitLabel="Save"
      isSubmitting={updateBenefit.isPending}
    >
      <CheckboxListField
        id="attach-benefit"
        legend="Benefits"
        hint={holder.kind === "tier" ? "Benefits of lower tiers reach this tier without being ticked here." : undefined}
        options={benefits.map((benefit) => ({ value: benefit.id, label: optionLabel(benefit) }))}
        value={selected}
        onChange={(value) => {
          setSelected(value)
          clearError()
        }}
        emptyText="The catalogue has no benefits yet: create them on the Benefits page."
      />
    </DrawerForm>
  )
}
