import { COUPON_VALUE_TYPES } from "../../../../../types/http"
import { z } from "@medusajs/framework/zod"
import { MALL_ITEM_KINDS, MALL_ITEM_STATUSES, MALL_LIMIT_PERIODS, MAX_POINTS_MOVEMENT } from "../../../../../modules/points"
import { listParams } from "../../../../utils/list-params"
import { isoDate } from "../../../../utils/iso-date"

export const AdminListMallItemsParams = listParams.extend({
  q: z.string().optional(),
  kind: z.enum(MALL_ITEM_KINDS).optional(),
  status: z.enum(MALL_ITEM_STATUSES).optional(),
})
export type AdminListMallItemsParamsType = z.infer<typeof AdminListMallItemsParams>

const currencyCode = z.string().regex(/^[a-zA-Z]{3}$/, "must be a 3-letter ISO currency code").transform((code) => code.toLowerCase())

const couponConfig = z
  .object({
    value_type: z.enum(COUPON_VALUE_TYPES),
    value: z.number().positive().max(1_000_000_000),
    currency_code: currencyCode.optional(),
    valid_days: z.number().int().min(1).max(3650),
  })
  .strict()

/** Kind-specific rules (variant_id, coupon, partner_benefit_id) need the stored item on update: the workflow checks them. */
const itemFields = {
  name: z.string().trim().min(1, "name is required").max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  image_url: z.string().url().max(2000).nullable().optional(),
  points_price: z.number().int().positive().max(MAX_POINTS_MOVEMENT),
  cash_price: z.number().min(0).max(1_000_000_000).nullable().optional(),
  currency_code: currencyCode.nullable().optional(),
  variant_id: z.string().min(1).nullable().optional(),
  coupon: couponConfig.nullable().optional(),
  partner_benefit_id: z.string().min(1).nullable().optional(),
  stock: z.number().int().min(0).max(MAX_POINTS_MOVEMENT).nullable().optional(),
  limit_per_member: z.number().int().min(1).max(1_000_000).nullable().optional(),
  limit_period: z.enum(MALL_LIMIT_PERIODS).optional(),
  tier_ids: z.array(z.string().min(1)).max(200).optional(),
  starts_at: isoDate.nullable().optional(),
  ends_at: isoDate.nullable().optional(),
  status: z.enum(MALL_ITEM_STATUSES).optional(),
}

type Window = { starts_at?: Date | null; ends_at?: Date | null }
const windowIsOrdered = (body: Window) => !body.starts_at || !body.ends_at || body.ends_at > body.starts_at

export const AdminCreateMallItem = z
  .object({ ...itemFields, kind: z.enum(MALL_ITEM_KINDS) })
  .strict()
  .refine(windowIsOrdered, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminCreateMallItemType = z.infer<typeof AdminCreateMallItem>

export const AdminUpdateMallItem = z
  .object(itemFields)
  .partial()
  .strict()
  .refine(windowIsOrdered, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminUpdateMallItemType = z.infer<typeof AdminUpdateMallItem>
