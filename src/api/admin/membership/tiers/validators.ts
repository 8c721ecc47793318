import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-params"

export const AdminListTiersParams = listParams
export type AdminListTiersParamsType = z.infer<typeof AdminListTiersParams>

const badgeColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "badge_color must be a hex color like #C0C0C0")
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional()

const tierFields = {
  name: z.string().trim().min(1, "name is required").max(100),
  rank: z.number().int().min(1).max(100),
  threshold: z.number().int().min(0).max(1_000_000_000),
  rfm_min_spend: z.number().int().min(0).max(1_000_000_000).optional(),
  rfm_min_orders: z.number().int().min(0).max(1_000_000).optional(),
  badge_label: optionalText(50),
  badge_color: badgeColor.nullable().optional(),
  badge_icon: optionalText(50),
  description: optionalText(1000),
}

export const AdminCreateTier = z.object(tierFields).strict()
export type AdminCreateTierType = z.infer<typeof AdminCreateTier>

export const AdminUpdateTier = z.object(tierFields).partial().strict()
export type AdminUpdateTierType = z.infer<typeof AdminUpdateTier>
