import { clx } from "@medusajs/ui"

type BarProps = {
  /** How full the bar is, 0..1 (clamped). */
  share: number
  /** A CSS color for the filled part; the interactive blue without it. */
  color?: string | null
  /** Names the bar as a progress bar for assistive tech; without it the bar is decoration beside its numbers. */
  label?: string
  className?: string
}

/** A horizontal bar, filled to `share`: plain divs, for charts and progress. */
export const Bar = ({ share, color, label, className }: BarProps) => {
  const percent = Math.round(Math.min(1, Math.max(0, share || 0)) * 1000) / 10
  const a11y = label
    ? { role: "progressbar", "aria-label": label, "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": percent }
    : { "aria-hidden": true }
  return (
    <div className={clx("bg-ui-bg-switch-off h-2 w-full overflow-hidden rounded-full", className)} {...a11y}>
      <div
        className={clx("h-full rounded-full", !color && "bg-ui-fg-interactive")}
        style={{ width: `${percent}%`, backgroundColor: color ?? undefined }}
      />
    </div>
  )
}
