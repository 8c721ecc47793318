import { Checkbox, Label, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { FieldsetLegend } from "./fieldset-legend"

export type CheckboxListFieldProps = {
  /** Prefixes each checkbox's id: `${id}-${value}`. */
  id: string
  /** Names the group for assistive tech: a test finds it as `getByRole("group", { name })`. */
  legend: string
  hint?: ReactNode
  options: { value: string; label: string }[]
  /** The picked values, in the order they were picked. */
  value: string[]
  onChange: (value: string[]) => void
  /** Shown instead of the list when there is nothing to pick. */
  emptyText: string
  isLoading?: boolean
}

/**
 * A multi-select as a scrolling list of checkboxes. A picked value missing from `options` (beyond
 * the first page, or deleted since) stays listed by its id, so saving never drops it silently.
 */
export const CheckboxListField = ({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  emptyText,
  isLoading = false,
}: CheckboxListFieldProps) => {
  const missing = value.filter((picked) => !options.some((option) => option.value === picked))
  const all = [...options, ...missing.map((picked) => ({ value: picked, label: picked }))]
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value.filter((picked) => picked !== option), option] : value.filter((picked) => picked !== option))

  return (
    <fieldset className="flex flex-col gap-y-2">
      <FieldsetLegend label={legend} hint={hint} />
      {all.length ? (
        <div className="shadow-borders-base bg-ui-bg-field flex max-h-48 flex-col gap-y-2 overflow-y-auto rounded-md px-3 py-2">
          {all.map((option) => {
            const checkboxId = `${id}-${option.value}`
            return (
              <div key={option.value} className="flex items-center gap-x-2">
                <Checkbox
                  id={checkboxId}
                  checked={value.includes(option.value)}
                  onCheckedChange={(checked) => toggle(option.value, checked === true)}
                />
                <Label htmlFor={checkboxId} size="small">
                  {option.label}
                </Label>
              </div>
            )
          })}
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          {isLoading ? "Loading…" : emptyText}
        </Text>
      )}
    </fieldset>
  )
}
