import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { seedCatalog } from "../../scripts/seed/catalog"
import { seedStore } from "../../scripts/seed/store"

/** The demo store's regions (EUR, USD), shipping, catalog and publishable key, for HTTP specs. */
export async function demoStore(container: MedusaContainer) {
  const store = await seedStore(container)
  await seedCatalog(container, store)
  const regions = await container.resolve(Modules.REGION).listRegions({})
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({}, { select: ["id", "sku"] })
  return {
    ...store,
    region: (currency: "eur" | "usd") => regions.find((region) => region.currency_code === currency)!.id,
    variant: (sku: string) => variants.find((variant) => variant.sku === sku)!.id,
  }
}
