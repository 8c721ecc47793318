import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

export type ShippingFixture = { profileId: string; optionId: string }

/**
 * What a cart needs to ship: a warehouse serving the sales channel with Medusa's
 * manual fulfillment provider, one service zone over `countries`, a shipping
 * profile for physical products and one flat-rate option priced per currency.
 */
export async function createShippingFixture(
  container: MedusaContainer,
  { salesChannelId, countries, prices }: { salesChannelId: string; countries: string[]; prices: Record<string, number> }
): Promise<ShippingFixture> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Test warehouse" }] } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })

  const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: "Test shipping",
    type: "shipping",
    service_zones: [{ name: "Everywhere", geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })) }],
  })
  await link.create([
    { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
  ])

  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Test parcels", type: "default" }] } })
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard shipping",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Standard", description: "Standard shipping", code: "standard" },
        prices: Object.entries(prices).map(([currency_code, amount]) => ({ currency_code, amount })),
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return { profileId: profile.id, optionId: option.id }
}
