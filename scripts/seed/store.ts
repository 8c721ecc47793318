import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

const REGIONS = [
  { name: "Europe", currency_code: "eur", countries: ["de", "fr", "es", "it", "nl"] },
  { name: "United States", currency_code: "usd", countries: ["us"] },
]
const STOCK_LOCATION = "Demo warehouse"
const API_KEY_TITLE = "Demo storefront"

export type SeededStore = {
  salesChannelId: string
  shippingProfileId: string
  publishableKey: string
}

/** Store currencies, regions, taxes, a warehouse with standard shipping, and a publishable key. */
export async function seedStore(container: MedusaContainer): Promise<SeededStore> {
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const [store] = await storeModule.listStores()
  const [salesChannel] = await salesChannelModule.listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Medusa Membership demo",
        default_sales_channel_id: salesChannel.id,
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
      },
    },
  })

  const existingRegions = await regionModule.listRegions({ name: { $in: REGIONS.map((r) => r.name) } })
  const missingRegions = REGIONS.filter((r) => !existingRegions.some((e) => e.name === r.name))
  if (missingRegions.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missingRegions.map((region) => ({ ...region, payment_providers: ["pp_system_default"] })),
      },
    })
    await createTaxRegionsWorkflow(container).run({
      input: missingRegions.flatMap((region) =>
        region.countries.map((country_code) => ({ country_code, provider_id: "tp_system" }))
      ),
    })
  }
  const regions = await regionModule.listRegions({ name: { $in: REGIONS.map((r) => r.name) } })

  let [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  const [existingLocation] = await stockLocationModule.listStockLocations({ name: STOCK_LOCATION })
  if (!existingLocation) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: STOCK_LOCATION, address: { address_1: "1 Demo Street", city: "Berlin", country_code: "de" } }] },
    })
    const location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: "Demo delivery",
      type: "shipping",
      service_zones: [
        {
          name: "Demo zone",
          geo_zones: REGIONS.flatMap((r) => r.countries.map((country_code) => ({ country_code, type: "country" as const }))),
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: "Standard shipping",
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: fulfillmentSet.service_zones[0].id,
          shipping_profile_id: shippingProfile.id,
          type: { label: "Standard", description: "Delivered in 2-4 days.", code: "standard" },
          prices: [
            { currency_code: "eur", amount: 5 },
            { currency_code: "usd", amount: 6 },
            ...regions.map((region) => ({ region_id: region.id, amount: region.currency_code === "eur" ? 5 : 6 })),
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
  }

  let [apiKey] = await apiKeyModule.listApiKeys({ title: API_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: API_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
  }

  return { salesChannelId: salesChannel.id, shippingProfileId: shippingProfile.id, publishableKey: apiKey.token }
}
