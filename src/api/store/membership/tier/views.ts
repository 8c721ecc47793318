import { type SavedTier } from "../../../../modules/tier"

/** What a shopper sees of a tier: its name, rank, badge and description. */
export const storeTierView = (tier: SavedTier) => ({
  id: tier.id,
  name: tier.name,
  rank: tier.rank,
  badge: { label: tier.badge_label ?? tier.name, color: tier.badge_color, icon: tier.badge_icon },
  description: tier.description,
})
