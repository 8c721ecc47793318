import { Text } from "@medusajs/ui"
import { useState } from "react"
import type { ImpactPreview, PreviewBody } from "../../../types/http"
import { usePreviewImpact } from "../../hooks/membership-tiers"
import { formatCount, members, movesLabel } from "../../lib/tier-display"
import { fieldBinder, useFormValues } from "../common/form-values"
import { useFormSubmit } from "../common/use-form-submit"

type ImpactFormOptions<V, B> = {
  /** Starts the fields' ids, which follow their names: "tier" → "tier-min-growth". */
  idPrefix: string
  initial: () => V
  /** The request body for the values; what it throws is shown as the form's error. */
  toBody: (values: V) => B
  /** What to preview before saving `body`; null = nothing moves members, save at once. */
  preview: (values: V, body: B) => PreviewBody | null
  save: (body: B) => Promise<void>
}

/**
 * A drawer form whose save shows its impact on members first: the first submit previews, the
 * next one saves. Every edit drops the preview (and the error), so what is saved is always what
 * was previewed.
 */
export function useImpactForm<V, B>({ idPrefix, initial, toBody, preview, save }: ImpactFormOptions<V, B>) {
  const previewImpact = usePreviewImpact()
  const [result, setResult] = useState<ImpactPreview | null>(null)
  const { values, set } = useFormValues<V>(initial, () => {
    setResult(null)
    form.clearError()
  })
  const form = useFormSubmit({
    save: async () => {
      const body = toBody(values)
      const proposed = result ? null : preview(values, body)
      if (proposed) {
        setResult((await previewImpact.mutateAsync(proposed)).preview)
        return
      }
      await save(body)
    },
  })
  return { ...form, values, set, field: fieldBinder({ values, set }, idPrefix), preview: result }
}

/** "N move up, M move down, K stay", then each tier's members before → after. */
export const ImpactPreviewBox = ({ preview }: { preview: ImpactPreview }) => (
  <div
    role="region"
    aria-label="Impact preview"
    className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-2 rounded-lg px-4 py-3"
  >
    <div>
      <Text size="small" className="text-ui-fg-subtle">
        Impact on {members(preview.total)}
      </Text>
      <Text weight="plus">{movesLabel(preview)}</Text>
    </div>
    <ul className="flex flex-col gap-y-1">
      {preview.by_tier.map((tier) => (
        <li key={tier.tier_id ?? "none"} className="txt-compact-small flex justify-between gap-x-4">
          <span className="text-ui-fg-subtle">{tier.tier_id ? tier.name : "No tier"}</span>
          <span>
            {formatCount(tier.before)} → {formatCount(tier.after)}
          </span>
        </li>
      ))}
    </ul>
    <Text size="small" className="text-ui-fg-subtle">
      Save to apply; changing a field previews again.
    </Text>
  </div>
)
