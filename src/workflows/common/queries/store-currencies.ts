import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { supportedCurrencyCodes } from "../utils/store-currencies"

/** The store's supported currencies, lowercase. */
export async function storeCurrencies(container: MedusaContainer): Promise<string[]> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  return supportedCurrencyCodes(store)
}
