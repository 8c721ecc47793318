import { Text } from "@medusajs/ui"
import type { MembershipTier, TierMode } from "../../../types/http"
import { useCreateTier, useUpdateTier } from "../../hooks/membership-tiers"
import { humanize } from "../../lib/format"
import { emptyTierForm, previewTiers, tierFormToBody, TierFormValues, tierToForm } from "../../lib/tier-form"
import { movesLabel } from "../../lib/tier-display"
import { DrawerForm, formDrawer } from "../common/form-drawer"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { toastSuccess } from "../common/toast-success"
import { ImpactPreviewBox, useImpactForm } from "./impact-preview"
import { TIER_ICONS, TierBadge } from "./tier-badge"

const NO_ICON = "none"
const ICON_OPTIONS = [
  { value: NO_ICON, label: "No icon" },
  ...Object.keys(TIER_ICONS).map((name) => ({ value: name, label: humanize(name.replace(/-/g, " ")) })),
]

type TierFormProps = {
  /** The tier to edit; without it the form creates one. */
  tier: MembershipTier | null
  /** Every saved tier: the preview weighs the change against all of them. */
  saved: MembershipTier[]
  mode: TierMode
  onDone: () => void
}

const TierForm = ({ tier, saved, mode, onDone }: TierFormProps) => {
  const createTier = useCreateTier()
  const updateTier = useUpdateTier()
  const form = useImpactForm({
    idPrefix: "tier",
    initial: (): TierFormValues => (tier ? tierToForm(tier) : emptyTierForm(saved)),
    toBody: tierFormToBody,
    preview: (_, body) => ({ tiers: previewTiers(saved, tier?.id ?? null, body) }),
    save: async (body) => {
      const { evaluation } = tier ? await updateTier.mutateAsync({ id: tier.id, ...body }) : await createTier.mutateAsync(body)
      toastSuccess(`Tier "${body.name}" ${tier ? "saved" : "created"}`, movesLabel(evaluation, true))
      onDone()
    },
  })
  const { values, set, field } = form
  /** Each rule field says whether the program's mode uses it now. */
  const hint = (fieldMode: TierMode, used: string) =>
    fieldMode === mode ? used : `Only used in ${fieldMode === "rfm" ? "RFM" : "growth"} mode.`
  const icon = values.badge_icon || NO_ICON
  const icons = icon in TIER_ICONS || icon === NO_ICON ? ICON_OPTIONS : [...ICON_OPTIONS, { value: icon, label: icon }]

  return (
    <DrawerForm
      title={tier ? "Edit tier" : "Create tier"}
      description="Who would move is previewed before the tier is saved."
      form={form}
      submitLabel={form.preview ? "Save" : "Preview impact"}
    >
      <TextField label="Name" placeholder="Gold" {...field("name")} />
      <div className="grid grid-cols-2 gap-4">
        <NumberField label="Rank" hint="Higher is better; unique." min={1} {...field("rank")} />
        <NumberField label="Threshold" hint={hint("growth", "The growth value that reaches it.")} min={0} {...field("threshold")} />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <NumberField label="RFM minimum spend" hint={hint("rfm", "Within the window.")} min={0} {...field("rfm_min_spend")} />
        <NumberField label="RFM minimum orders" hint={hint("rfm", "Within the window.")} min={0} {...field("rfm_min_orders")} />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <TextField label="Badge label (optional)" placeholder="Gold" {...field("badge_label")} />
        <TextField label="Badge color (optional)" placeholder="#C0C0C0" {...field("badge_color")} />
      </div>
      <SelectField
        id="tier-badge-icon"
        label="Badge icon"
        options={icons}
        value={icon}
        onChange={(next) => set("badge_icon", next === NO_ICON ? "" : next)}
      />
      <div className="flex items-center gap-x-2">
        <Text size="small" weight="plus">
          Badge preview
        </Text>
        <TierBadge tier={{ ...values, name: values.name || "Tier" }} />
      </div>
      <TextField multiline label="Description (optional)" hint="What the tier unlocks, as members read it." {...field("description")} />
      {form.preview && <ImpactPreviewBox preview={form.preview} />}
    </DrawerForm>
  )
}

/** The create / edit tier drawer: previews who would move, then saves. */
export const TierFormDrawer = formDrawer(TierForm)
