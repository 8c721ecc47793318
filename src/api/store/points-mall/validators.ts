import { z } from "@medusajs/framework/zod"

const shipping = z
  .object({
    option_id: z.string().min(1),
    address: z
      .object({
        country_code: z.string().regex(/^[a-zA-Z]{2}$/, "must be a 2-letter country code").transform((code) => code.toLowerCase()),
        city: z.string().max(200).optional(),
        address_1: z.string().max(500).optional(),
        postal_code: z.string().max(50).optional(),
      })
      .strict(),
  })
  .strict()

/** For a variant item: the region of its order (the store's default otherwise) and, when it ships, how (free shipping only). */
export const StoreRedeemMallItem = z
  .object({
    region_id: z.string().min(1).optional(),
    shipping: shipping.optional(),
  })
  .strict()
export type StoreRedeemMallItemType = z.infer<typeof StoreRedeemMallItem>
