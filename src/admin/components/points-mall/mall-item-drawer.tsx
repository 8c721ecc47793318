import { Input } from "@medusajs/ui"
import type { MallItem } from "../../../types/http"
import { useCreateMallItem, useUpdateMallItem } from "../../hooks/points-mall"
import { LIMIT_PERIOD_OPTIONS, MALL_KIND_OPTIONS, mallKindLabel } from "../../lib/mall-display"
import { MALL_ITEM_FORM } from "../../lib/mall-item-form"
import { DateField } from "../common/date-field"
import { Field } from "../common/field"
import { EntityDrawerForm } from "../common/entity-drawer-form"
import { formDrawer } from "../common/form-drawer"
import { FormGroup } from "../common/form-group"
import { NumberField } from "../common/number-field"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { useEntityForm } from "../common/use-entity-form"
import { TierCheckboxes } from "../tiers/tier-checkboxes"
import { MallItemKindFields } from "./mall-item-kind-fields"

const MallItemForm = ({ item, onDone }: { item: MallItem | null; onDone: () => void }) => {
  const form = useEntityForm(MALL_ITEM_FORM, { entity: item, create: useCreateMallItem(), update: useUpdateMallItem(), onDone })
  const { values, set, field } = form

  return (
    <EntityDrawerForm form={form} description="Something customers buy with points.">
      <TextField id="mall-name" label="Name" placeholder="Canvas tote bag" {...field("name")} />
      <TextField multiline id="mall-description" label="Description (optional)" hint="As customers read it in the mall." {...field("description")} />
      <TextField id="mall-image" label="Image URL (optional)" placeholder="https://…" {...field("image_url")} />
      <NumberField id="mall-points-price" label="Price in points" min={1} {...field("points_price")} />

      <FormGroup title="What it gives" />
      {item ? (
        <Field id="mall-kind" label="Kind" hint="The kind cannot change once the item exists.">
          <Input id="mall-kind" value={mallKindLabel(item.kind)} readOnly disabled />
        </Field>
      ) : (
        <SelectField id="mall-kind" label="Kind" options={MALL_KIND_OPTIONS} {...field("kind")} />
      )}
      <MallItemKindFields values={values} set={set} />

      <FormGroup title="Who may redeem it, and how often" />
      <div className="grid grid-cols-2 gap-4">
        <NumberField id="mall-stock" label="Stock (optional)" hint="Empty = unlimited." min={0} {...field("stock")} />
        <div />
        <NumberField id="mall-limit" label="Limit per customer (optional)" hint="Empty = no limit." min={1} {...field("limit_per_member")} />
        <SelectField id="mall-limit-period" label="Limit period" options={LIMIT_PERIOD_OPTIONS} {...field("limit_period")} />
      </div>
      <TierCheckboxes id="mall-tier" hint="Only holders of these tiers may redeem it; none ticked = every customer." {...field("tier_ids")} />
      <div className="grid grid-cols-2 gap-4">
        <DateField id="mall-starts" label="Starts (optional)" hint="Empty = from now." {...field("starts_at")} />
        <DateField id="mall-ends" label="Ends (optional)" hint="Through that day; empty = no end." {...field("ends_at")} />
      </div>
    </EntityDrawerForm>
  )
}

/** The create / edit mall item drawer; the server's message (a 400) is shown as is. */
export const MallItemDrawer = formDrawer(MallItemForm)
