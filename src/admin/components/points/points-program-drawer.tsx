import type { PointsProgramSettings } from "../../../types/http"
import { useUpdatePointsProgram } from "../../hooks/points"
import { EXPIRY_MODE_OPTIONS } from "../../lib/points-display"
import { pointsProgramFormToBody, PointsProgramFormValues, pointsProgramToForm } from "../../lib/points-program-form"
import { DrawerForm, formDrawer } from "../common/form-drawer"
import { FormGroup as Group } from "../common/form-group"
import { fieldBinder, useFormValues } from "../common/form-values"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"
import { SwitchField } from "../common/switch-field"
import { TextField } from "../common/text-field"
import { toastSuccess } from "../common/toast-success"
import { useFormSubmit } from "../common/use-form-submit"
import { PointsEarnRatesEditor, RedemptionRatesEditor, TierMultipliersEditor } from "./points-rows-editors"

const PointsProgramForm = ({ program, onDone }: { program: PointsProgramSettings; onDone: () => void }) => {
  const update = useUpdatePointsProgram()
  const { values, set } = useFormValues<PointsProgramFormValues>(() => pointsProgramToForm(program), () => form.clearError())
  const field = fieldBinder({ values, set }, "points")
  const form = useFormSubmit({
    save: async () => {
      await update.mutateAsync(pointsProgramFormToBody(values))
      toastSuccess("Points rules saved", "New orders earn and spend points by them.")
      onDone()
    },
  })

  return (
    <DrawerForm title="Edit points rules" description="How customers earn points, how long they keep them, and how they spend them." form={form}>
      <Group title="Earning" />
      <PointsEarnRatesEditor values={values} set={set} />
      <SwitchField label="Exclude shipping" {...field("exclude_shipping")} />
      <SwitchField label="Exclude tax" {...field("exclude_tax")} />
      <TierMultipliersEditor values={values} set={set} />
      <NumberField
        label="Pending days"
        hint="Days earned points wait before they can be spent (your return window); 0 to 365."
        min={0}
        max={365}
        {...field("pending_days")}
      />

      <Group title="Expiry" />
      <div className="grid grid-cols-2 gap-4">
        <SelectField label="Points expire" options={EXPIRY_MODE_OPTIONS} {...field("expiry_mode")} />
        {values.expiry_mode === "days" && (
          <NumberField label="Expiry days" hint="1 to 3,650." min={1} max={3650} {...field("expiry_days")} />
        )}
      </div>
      <TextField label="Time zone" hint="IANA name, e.g. Europe/Paris: where the year ends." placeholder="UTC" {...field("timezone")} />

      <Group title="Spending" />
      <RedemptionRatesEditor values={values} set={set} />
      <div className="grid grid-cols-2 gap-4">
        <NumberField
          label="Maximum share"
          hint="The most of an order's total points may pay, in percent."
          min={0}
          max={100}
          step="any"
          {...field("max_share_percent")}
        />
        <NumberField label="Minimum redemption" hint="The fewest points one checkout may use." min={0} {...field("min_redemption")} />
      </div>
    </DrawerForm>
  )
}

/** Edits the points rules; the server judges ranges, currencies and the time zone, and its message is shown as is. */
export const PointsProgramDrawer = formDrawer(PointsProgramForm)
