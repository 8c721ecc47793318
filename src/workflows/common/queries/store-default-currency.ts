import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { defaultCurrencyCode } from "../utils/store-currencies"

/** The store's default currency, lowercase (its first supported one when none is marked default). */
export async function storeDefaultCurrency(container: MedusaContainer): Promise<string | null> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  return defaultCurrencyCode(store)
}
