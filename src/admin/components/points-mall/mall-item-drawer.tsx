import { Input, Textarea, toast } from "@medusajs/ui"
import { useTiers } from "../../hooks/membership-tiers"
import { MallItem, useCreateMallItem, useUpdateMallItem } from "../../hooks/points-mall"
import { withoutNulls } from "../../lib/benefit-form"
import { LIMIT_PERIOD_OPTIONS, MALL_KIND_OPTIONS, mallKindLabel } from "../../lib/mall-display"
import { emptyMallItemForm, mallItemFormToBody, MallItemFormValues, mallItemToForm } from "../../lib/mall-item-form"
import { CheckboxListField } from "../common/checkbox-list-field"
import { DateField } from "../common/date-field"
import { Field } from "../common/field"
import { DrawerForm, FormDrawer } from "../common/form-drawer"
import { FormGroup } from "../common/form-group"
import { fieldBinder, useFormValues } from "../common/form-values"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { useFormSubmit } from "../common/use-form-submit"
import { MallItemKindFields } from "./mall-item-kind-fields"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The item to edit; without it the drawer creates one. */
  item: MallItem | null
}

/** The create / edit mall item drawer; the server's message (a 400) is shown as is. */
export const MallItemDrawer = ({ open, onOpenChange, item }: Props) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    <MallItemForm item={item} onDone={() => onOpenChange(false)} />
  </FormDrawer>
)

const MallItemForm = ({ item, onDone }: { item: MallItem | null; onDone: () => void }) => {
  const create = useCreateMallItem()
  const update = useUpdateMallItem()
  const tiers = useTiers({ limit: 100, offset: 0 })
  const { values, set } = useFormValues<MallItemFormValues>(
    () => (item ? mallItemToForm(item) : emptyMallItemForm()),
    () => clearError()
  )
  const field = fieldBinder({ values, set })
  const { error, submit, clearError } = useFormSubmit({
    save: async () => {
      const { kind, ...body } = mallItemFormToBody(values)
      if (item) {
        // The kind is fixed once created.
        await update.mutateAsync({ id: item.id, ...body })
        toast.success(`Item "${body.name}" saved`)
      } else {
        await create.mutateAsync(withoutNulls({ kind, ...body }))
        toast.success(`Item "${body.name}" created`)
      }
      onDone()
    },
  })

  return (
    <DrawerForm
      title={item ? "Edit mall item" : "Create mall item"}
      description="Something customers buy with points."
      hideDescription
      onSubmit={submit}
      error={error}
      cancelLabel="Cancel"
      submitLabel="Save"
      isSubmitting={create.isPending || update.isPending}
    >
      <TextField id="mall-name" label="Name" placeholder="Canvas tote bag" {...field("name")} />
      <Field id="mall-description" label="Description (optional)" hint="As customers read it in the mall.">
        <Textarea id="mall-description" value={values.description} onChange={(e) => set("description", e.target.value)} />
      </Field>
      <TextField id="mall-image" label="Image URL (optional)" placeholder="https://…" {...field("image_url")} />
      <NumberField id="mall-points-price" label="Price in points" min={1} {...field("points_price")} />

      <FormGroup title="What it gives" />
      {item ? (
        <Field id="mall-kind" label="Kind" hint="The kind cannot change once the item exists.">
          <Input id="mall-kind" value={mallKindLabel(item.kind)} readOnly disabled />
        </Field>
      ) : (
        <SelectField
          id="mall-kind"
          label="Kind"
          hint={MALL_KIND_OPTIONS.find((option) => option.value === values.kind)?.explanation}
          options={MALL_KIND_OPTIONS}
          {...field("kind")}
        />
      )}
      <MallItemKindFields values={values} set={set} />

      <FormGroup title="Who may redeem it, and how often" />
      <div className="grid grid-cols-2 gap-4">
        <NumberField id="mall-stock" label="Stock (optional)" hint="Empty = unlimited." min={0} {...field("stock")} />
        <div />
        <NumberField id="mall-limit" label="Limit per customer (optional)" hint="Empty = no limit." min={1} {...field("limit_per_member")} />
        <SelectField id="mall-limit-period" label="Limit period" options={LIMIT_PERIOD_OPTIONS} {...field("limit_period")} />
      </div>
      <CheckboxListField
        id="mall-tier"
        legend="Tiers"
        hint="Only holders of these tiers may redeem it; none ticked = every customer."
        options={(tiers.data?.tiers ?? []).map((tier) => ({ value: tier.id, label: tier.name }))}
        isLoading={tiers.isLoading}
        emptyText="No tiers yet."
        {...field("tier_ids")}
      />
      <div className="grid grid-cols-2 gap-4">
        <DateField id="mall-starts" label="Starts (optional)" hint="Empty = from now." {...field("starts_at")} />
        <DateField id="mall-ends" label="Ends (optional)" hint="Through that day; empty = no end." {...field("ends_at")} />
      </div>
    </DrawerForm>
  )
}
