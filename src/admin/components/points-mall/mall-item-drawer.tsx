import type { MallItem } from "../../../types/http"
import { useCreateMallItem, useUpdateMallItem } from "../../hooks/points-mall"
import { LIMIT_PERIOD_OPTIONS, MALL_KIND_OPTIONS } from "../../lib/mall-display"
import { MALL_ITEM_FORM } from "../../lib/mall-item-form"
import { ActiveDatesFields } from "../common/active-dates-fields"
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
      <TextField label="Name" placeholder="Canvas tote bag" {...field("name")} />
      <TextField multiline label="Description (optional)" hint="As customers read it in the mall." {...field("description")} />
      <TextField label="Image URL (optional)" placeholder="https://…" {...field("image_url")} />
      <NumberField label="Price in points" min={1} {...field("points_price")} />

      <FormGroup title="What it gives" />
      <SelectField label="Kind" options={MALL_KIND_OPTIONS} lockedHint={item && "The kind cannot change once the item exists."} {...field("kind")} />
      <MallItemKindFields values={values} set={set} />

      <FormGroup title="Who may redeem it, and how often" />
      <div className="grid grid-cols-2 gap-4">
        <NumberField label="Stock (optional)" hint="Empty = unlimited." min={0} {...field("stock")} />
        <div />
        <NumberField label="Limit per customer (optional)" hint="Empty = no limit." min={1} {...field("limit_per_member")} />
        <SelectField label="Limit period" options={LIMIT_PERIOD_OPTIONS} {...field("limit_period")} />
      </div>
      <TierCheckboxes hint="Only holders of these tiers may redeem it; none ticked = every customer." {...field("tier_ids")} />
      <ActiveDatesFields starts={field("starts_at")} ends={field("ends_at")} />
    </EntityDrawerForm>
  )
}

/** The create / edit mall item drawer; the server's message (a 400) is shown as is. */
export const MallItemDrawer = formDrawer(MallItemForm)
