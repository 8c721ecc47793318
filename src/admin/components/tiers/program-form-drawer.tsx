import type { TierProgramSettings } from "../../../types/http"
import { useUpdateTierProgram } from "../../hooks/membership-tiers"
import { AWARD_ON_OPTIONS, DOWNGRADE_OPTIONS, MODE_OPTIONS, movesLabel } from "../../lib/tier-display"
import { movesMembers, programFormToBody, programPreviewBody, programToForm } from "../../lib/tier-program-form"
import { DrawerForm, formDrawer } from "../common/form-drawer"
import { FormGroup as Group } from "../common/form-group"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"
import { SwitchField } from "../common/switch-field"
import { TextField } from "../common/text-field"
import { toastSuccess } from "../common/toast-success"
import { ImpactPreviewBox, useImpactForm } from "./impact-preview"
import { EarnRatesEditor, PlanMultipliersEditor } from "./program-rows-editors"

const ProgramForm = ({ program, onDone }: { program: TierProgramSettings; onDone: () => void }) => {
  const update = useUpdateTierProgram()
  const form = useImpactForm({
    idPrefix: "program",
    initial: () => programToForm(program),
    toBody: programFormToBody,
    preview: (values, body) => programPreviewBody(program, values, body),
    save: async (body) => {
      const { evaluation } = await update.mutateAsync(body)
      toastSuccess("Tier program saved", movesLabel(evaluation, true))
      onDone()
    },
  })
  const { values, set, field } = form

  return (
    <DrawerForm
      title="Edit tier program"
      description="How members earn growth and reach, keep or lose tiers."
      form={form}
      submitLabel={movesMembers(program, values) && !form.preview ? "Preview impact" : "Save"}
    >
      <Group title="Reaching tiers" />
      <SelectField label="Mode" options={MODE_OPTIONS} {...field("mode")} />
      <div className="grid grid-cols-2 gap-4">
        <NumberField label="Window days" hint="Empty = lifetime." min={1} {...field("window_days")} />
        <NumberField
          label="Protection days"
          hint="Days after an upgrade during which the member is not moved down."
          min={0}
          {...field("protection_days")}
        />
      </div>
      <SelectField label="Downgrades" options={DOWNGRADE_OPTIONS} {...field("downgrade_policy")} />

      <Group title="Earning growth" />
      <SelectField label="Award growth when" options={AWARD_ON_OPTIONS} {...field("award_on")} />
      <SwitchField label="Exclude shipping" {...field("exclude_shipping")} />
      <SwitchField label="Exclude tax" {...field("exclude_tax")} />
      <EarnRatesEditor values={values} set={set} />
      <NumberField label="Order bonus" hint="Growth added to every order." min={0} {...field("order_bonus")} />
      <PlanMultipliersEditor values={values} set={set} />

      <Group title="Check-ins" />
      <NumberField label="Check-in growth" hint="Growth for a daily check-in; 0 turns check-ins off." min={0} {...field("check_in_growth")} />
      <div className="grid grid-cols-2 gap-4">
        <NumberField label="Streak days" hint="Empty = no streak bonus." min={1} {...field("streak_days")} />
        <NumberField label="Streak bonus" min={0} {...field("streak_bonus")} />
      </div>
      <TextField label="Timezone" hint="IANA name, e.g. Europe/Paris: when a check-in day starts." placeholder="UTC" {...field("timezone")} />
      {form.preview && <ImpactPreviewBox preview={form.preview} />}
    </DrawerForm>
  )
}

/** Edits the tier program; a change to the mode, window or downgrades previews who would move first. */
export const ProgramFormDrawer = formDrawer(ProgramForm)
