import type { UseQueryResult } from "@tanstack/react-query"
import { PickerOption, useCategoryOptions, useCollectionOptions, useShippingOptionOptions } from "../../hooks/membership-benefits"
import type { BenefitFormValues } from "../../lib/benefit-form"
import { CheckboxListField } from "../common/checkbox-list-field"
import { fieldBinder, type FormPartProps } from "../common/form-values"

const DISCOUNTED = "The discount applies to products in any of these."

/** The benefit's ids of the store's things a picker ticks, and how the picker reads. */
const PICKERS = {
  category_ids: { id: "benefit-category", legend: "Categories", hint: DISCOUNTED, emptyText: "The store has no product categories yet." },
  collection_ids: { id: "benefit-collection", legend: "Collections", hint: DISCOUNTED, emptyText: "The store has no collections yet." },
  shipping_option_ids: {
    id: "benefit-shipping-option",
    legend: "Shipping options",
    hint: "Shipping is free on these options only.",
    emptyText: "The store has no shipping options yet.",
  },
}

type Props = FormPartProps<BenefitFormValues>

type StorePickerProps = Props & { name: keyof typeof PICKERS; query: UseQueryResult<PickerOption[]> }

const StorePicker = ({ name, query, ...form }: StorePickerProps) => (
  <CheckboxListField {...PICKERS[name]} options={query.data ?? []} isLoading={query.isLoading} {...fieldBinder(form)(name)} />
)

// One component per picker: each loads its options only while the benefit's settings show it.
export const CategoryPicker = (props: Props) => <StorePicker name="category_ids" query={useCategoryOptions()} {...props} />
export const CollectionPicker = (props: Props) => <StorePicker name="collection_ids" query={useCollectionOptions()} {...props} />
export const ShippingOptionPicker = (props: Props) => <StorePicker name="shipping_option_ids" query={useShippingOptionOptions()} {...props} />
