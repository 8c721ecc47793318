import { BadgeCheck, Bolt, Fire, Gift, Heart, RocketLaunch, ShieldCheck, Sparkles, Star, StarSolid, Sun, Trophy } from "@medusajs/icons"
import type { MembershipTier } from "../../../types/http"

/** The icons a tier badge may show, by the name the tier stores. */
export const TIER_ICONS = {
  star: Star,
  "star-solid": StarSolid,
  sparkles: Sparkles,
  trophy: Trophy,
  "badge-check": BadgeCheck,
  "shield-check": ShieldCheck,
  bolt: Bolt,
  fire: Fire,
  heart: Heart,
  gift: Gift,
  rocket: RocketLaunch,
  sun: Sun,
} as const

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i

/** Dark text on a light badge, white on a dark one. */
function textColorOn(hex: string) {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (digit) => digit + digit) : hex
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(full.slice(at, at + 2), 16))
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#111827" : "#ffffff"
}

/** The tier's badge color when it is a valid hex, else null. */
export const badgeColor = (tier: Pick<MembershipTier, "badge_color">) =>
  tier.badge_color && HEX.test(tier.badge_color) ? tier.badge_color : null

type TierBadgeProps = { tier: Pick<MembershipTier, "name" | "badge_label" | "badge_color" | "badge_icon"> }

/** A tier as members see it: its badge label (or name) on its color, with its icon. */
export const TierBadge = ({ tier }: TierBadgeProps) => {
  const color = badgeColor(tier)
  const Icon = tier.badge_icon ? TIER_ICONS[tier.badge_icon as keyof typeof TIER_ICONS] : undefined
  return (
    <span
      className="txt-compact-xsmall-plus shadow-borders-base bg-ui-tag-neutral-bg text-ui-tag-neutral-text inline-flex items-center gap-x-1 rounded-full px-2 py-0.5"
      style={color ? { backgroundColor: color, color: textColorOn(color) } : undefined}
    >
      {Icon && <Icon className="size-3.5" aria-hidden />}
      {tier.badge_label || tier.name}
    </span>
  )
}
