import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The store's supported currencies, lowercase. */
export async function storeCurrencies(container: MedusaContainer): Promise<string[]> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  return (store?.supported_currencies ?? []).map((currency) => currency.currency_code.toLowerCase())
}

/** The store's default currency, lowercase (its first supported one when none is marked default). */
export async function storeDefaultCurrency(container: MedusaContainer): Promise<string | null> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  const currency = store?.supported_currencies?.find((candidate) => candidate.is_default) ?? store?.supported_currencies?.[0]
  return currency?.currency_code.toLowerCase() ?? null
}
