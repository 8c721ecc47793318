import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeededStore } from "./store"

const PRODUCTS = [
  { title: "Organic Coffee Beans", handle: "organic-coffee-beans", sku: "COFFEE-1KG", eur: 24, usd: 27 },
  { title: "Stainless Steel Bottle", handle: "steel-bottle", sku: "BOTTLE-750", eur: 19, usd: 22 },
  { title: "Wireless Earbuds", handle: "wireless-earbuds", sku: "EARBUDS-1", eur: 89, usd: 99 },
]

/** A few ordinary products priced in EUR and USD, sold in the default sales channel. */
export async function seedCatalog(container: MedusaContainer, store: SeededStore) {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts({ handle: PRODUCTS.map((p) => p.handle) })
  const missing = PRODUCTS.filter((p) => !existing.some((e) => e.handle === p.handle))
  if (!missing.length) {
    return
  }

  await createProductsWorkflow(container).run({
    input: {
      products: missing.map((product) => ({
        title: product.title,
        handle: product.handle,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: store.shippingProfileId,
        sales_channels: [{ id: store.salesChannelId }],
        options: [{ title: "Default", values: ["Default"] }],
        variants: [
          {
            title: "Default",
            sku: product.sku,
            manage_inventory: false,
            options: { Default: "Default" },
            prices: [
              { currency_code: "eur", amount: product.eur },
              { currency_code: "usd", amount: product.usd },
            ],
          },
        ],
      })),
    },
  })
}
