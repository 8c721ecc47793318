import { Input, Label, RadioGroup, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useVariantName, useVariantSearch } from "../../hooks/points-mall"
import { FieldsetLegend } from "../common/fieldset-legend"

type VariantPickerProps = {
  /** "" = none picked. */
  value: string
  onChange: (variantId: string) => void
}

/** Waits until typing pauses, so the product search runs once per word rather than per key. */
function useDebounced(value: string, ms = 300) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

/** Picks the product variant a mall item gives, by searching the store's products. */
export const VariantPicker = ({ value, onChange }: VariantPickerProps) => {
  const [q, setQ] = useState("")
  const search = useVariantSearch(useDebounced(q.trim()))
  const picked = useVariantName(value)
  const options = search.data ?? []

  return (
    <fieldset className="flex flex-col gap-y-2">
      <FieldsetLegend
        label="Product variant"
        hint={value ? `Picked: ${picked.data ?? (picked.isLoading ? "…" : `${value} (no longer exists)`)}` : "Search, then pick the variant."}
      />
      <Input type="search" size="small" aria-label="Search products" placeholder="Search products" value={q} onChange={(e) => setQ(e.target.value)} />
      {options.length ? (
        <RadioGroup
          aria-label="Product variants"
          value={value}
          onValueChange={onChange}
          className="shadow-borders-base bg-ui-bg-field flex max-h-48 flex-col gap-y-2 overflow-y-auto rounded-md px-3 py-2"
        >
          {options.map((option) => (
            <div key={option.id} className="flex items-center gap-x-2">
              <RadioGroup.Item id={`mall-variant-${option.id}`} value={option.id} />
              <Label htmlFor={`mall-variant-${option.id}`} size="small">
                {option.label}
              </Label>
            </div>
          ))}
        </RadioGroup>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          {search.isLoading ? "Searching…" : "No product matches."}
        </Text>
      )}
    </fieldset>
  )
}
