import { z } from "@medusajs/framework/zod"

/** `{ item_id }`: the points mall item to add to the cart. */
export const StoreAddCartMallItem = z.object({ item_id: z.string().min(1, "item_id is required") }).strict()
export type StoreAddCartMallItemType = z.infer<typeof StoreAddCartMallItem>
