import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { createShippingFixture, type ShippingFixture } from "./shipping-fixture"

/** The countries of the region made for each currency; a country can belong to one region only. */
const COUNTRIES: Record<string, string[]> = { eur: ["de", "fr", "nl"], usd: ["us"], gbp: ["gb"], cny: ["cn"] }

export type ProductInput = {
  title: string
  /** Price of the single variant, in major units per currency: `{ eur: 10 }`. */
  prices: Record<string, number>
  /** A physical product: in the fixture's shipping profile, so the cart needs a shipping method. Needs `shipping`. */
  shipped?: boolean
}

export type StoreFixtureOptions = {
  /** One region per currency; the first is the store's default currency. */
  currencies?: string[]
  /** Provider ids enabled in every region, e.g. `pp_system_default`. */
  paymentProviders?: string[]
  /** Products to sell; by default one "Test product" at 10 in every currency. */
  products?: ProductInput[]
  /** Price per currency of a flat-rate shipping option; without it the store cannot ship. */
  shipping?: Record<string, number>
  /**
   * Makes the fixture's sales channel the store's default (`default_sales_channel_id`), for
   * code that sells through the default channel, as the plugin does with its plans' products.
   */
  defaultSalesChannel?: boolean
}

export type FixtureProduct = { id: string; title: string; variantId: string }

export type StoreFixture = {
  regions: Record<string, { id: string; currency_code: string; countries: string[] }>
  salesChannelId: string
  publishableKey: string
  /** Request config for anonymous store routes. */
  store: { headers: Record<string, string> }
  products: FixtureProduct[]
  shipping?: ShippingFixture
}

/** A sellable store: currencies, regions, a sales channel behind a publishable key, products. */
export async function createStoreFixture(
  container: MedusaContainer,
  {
    currencies = ["eur"],
    paymentProviders = ["pp_system_default"],
    products,
    shipping: shippingPrices,
    defaultSalesChannel = false,
  }: StoreFixtureOptions = {}
): Promise<StoreFixture> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: stores[0].id },
      update: { supported_currencies: currencies.map((currency_code, i) => ({ currency_code, is_default: i === 0 })) },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: currencies.map((currency_code) => ({
        name: currency_code.toUpperCase(),
        currency_code,
        countries: COUNTRIES[currency_code] ?? [],
        payment_providers: paymentProviders,
      })),
    },
  })

  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Test storefront" }] },
  })
  const salesChannelId = channels[0].id
  if (defaultSalesChannel) {
    await updateStoresWorkflow(container).run({
      input: { selector: { id: stores[0].id }, update: { default_sales_channel_id: salesChannelId } },
    })
  }

  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [salesChannelId] } })

  const shipping =
    shippingPrices &&
    (await createShippingFixture(container, {
      salesChannelId,
      countries: currencies.flatMap((currency) => COUNTRIES[currency] ?? []),
      prices: shippingPrices,
    }))

  const wanted = products ?? [{ title: "Test product", prices: Object.fromEntries(currencies.map((c) => [c, 10])) }]
  const created: FixtureProduct[] = []
  for (const product of wanted) {
    if (product.shipped && !shipping) {
      throw new Error(`"${product.title}" is shipped, but the fixture has no \`shipping\` prices`)
    }
    created.push(await createProduct(container, salesChannelId, product, product.shipped ? shipping?.profileId : undefined))
  }

  return {
    regions: Object.fromEntries(
      regions.map((region) => [
        region.currency_code,
        { id: region.id, currency_code: region.currency_code, countries: COUNTRIES[region.currency_code] ?? [] },
      ])
    ),
    salesChannelId,
    publishableKey: keys[0].token,
    store: { headers: { "x-publishable-api-key": keys[0].token } },
    products: created,
    shipping,
  }
}

/**
 * A published product with one variant that tracks no inventory. Without a
 * shipping profile it needs no shipping, like a membership plan or any digital good.
 */
export async function createProduct(
  container: MedusaContainer,
  salesChannelId: string,
  { title, prices }: ProductInput,
  shippingProfileId?: string
): Promise<FixtureProduct> {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          status: ProductStatus.PUBLISHED,
          ...(shippingProfileId && { shipping_profile_id: shippingProfileId }),
          options: [{ title: "Option", values: ["Default"] }],
          variants: [
            {
              title,
              manage_inventory: false,
              options: { Option: "Default" },
              prices: Object.entries(prices).map(([currency_code, amount]) => ({ currency_code, amount })),
            },
          ],
          sales_channels: [{ id: salesChannelId }],
        },
      ],
    },
  })
  return { id: result[0].id, title, variantId: result[0].variants[0].id }
}
