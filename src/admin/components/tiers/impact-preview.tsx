import { Text } from "@medusajs/ui"
import { useState } from "react"
import { ImpactPreview, PreviewBody, usePreviewImpact } from "../../hooks/membership-tiers"
import { formatCount, movesLabel } from "../../lib/tier-display"

/**
 * A save that shows its impact on members first: the first submit previews (when `body` says
 * there is something to preview), the next one saves. Call `reset` on every edit, so what is
 * saved is always what was previewed.
 */
export function useImpactStep() {
  const preview = usePreviewImpact()
  const [result, setResult] = useState<ImpactPreview | null>(null)

  return {
    result,
    isPreviewing: preview.isPending,
    /** Previews `body` unless it is null or already previewed; true when it did (the submit stops there). */
    previewFirst: async (body: PreviewBody | null) => {
      if (!body || result) {
        return false
      }
      const { preview: next } = await preview.mutateAsync(body)
      setResult(next)
      return true
    },
    reset: () => setResult(null),
  }
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
        Impact on {formatCount(preview.total)} members
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
