import { z } from "@medusajs/framework/zod"

const providerId = z.string().trim().min(1).max(200)

export const StoreStartPaymentMethodSetup = z.object({ provider_id: providerId.optional() }).strict()
export type StoreStartPaymentMethodSetupType = z.infer<typeof StoreStartPaymentMethodSetup>

export const StoreSetPaymentMethod = z
  .object({
    provider_id: providerId.optional(),
    payment_method_id: z.string().trim().min(1).max(200),
  })
  .strict()
export type StoreSetPaymentMethodType = z.infer<typeof StoreSetPaymentMethod>
