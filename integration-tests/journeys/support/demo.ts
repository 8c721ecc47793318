import type { Caller, JourneyContext } from "./context"

export type Currency = "eur" | "usd"

/**
 * The demo's configuration as its seed sets it (`scripts/seed/*`), written out here so the
 * journeys compute what every cart, order and ledger must show independently of the plugin.
 */
export const DEMO = {
  products: {
    "organic-coffee-beans": { eur: 24, usd: 27, plus: { eur: 19.9, usd: 22.5 }, gold: { eur: 21.5, usd: 24 } },
    "steel-bottle": { eur: 19, usd: 22 },
    "wireless-earbuds": { eur: 89, usd: 99, plus: { eur: 79, usd: 89 }, gold: { eur: 84, usd: 94 } },
  },
  plans: {
    "plus-annual": { eur: 888, usd: 999, tierPrice: { eur: 88, usd: 99 }, tierPriceRank: 3 },
    "plus-monthly": { eur: 9.9, usd: 10.9, trialDays: 7 },
  },
  shipping: { eur: 5, usd: 6 },
  /** PLUS Annual members: 5% off every order (plan products are not discountable). */
  annualDiscountPercent: 5,
  /** Free standard shipping for PLUS members and Gold and above, from these goods subtotals. */
  freeShippingFrom: { eur: 20, usd: 25 },
  growth: { perUnit: { eur: 1, usd: 1 }, orderBonus: 10, annualMultiplier: 1.5, windowDays: 365, protectionDays: 30 },
  tiers: { Silver: 0, Gold: 600, Platinum: 2000, Diamond: 6000 },
  points: { perUnit: 1, minOrder: 5, pointsPerMoneyUnit: 100, goldMultiplier: 1.5, pendingDays: 14, maxSharePercent: 50 },
  mall: {
    voucher: { name: "5 € voucher", points: 450 },
    bottle: { name: "Stainless Steel Bottle", points: 1900 },
    earbudsDeal: { name: "Wireless Earbuds deal", points: 2000, cash: 49 },
  },
} as const

export type ProductHandle = keyof typeof DEMO.products
export type PlanHandle = keyof typeof DEMO.plans

/** Ids of the demo's records, found over the store API as a storefront finds them. */
export type DemoStore = {
  regions: Record<Currency, string>
  variants: Record<ProductHandle, string>
  plans: Record<PlanHandle, { id: string; variantId: string }>
  mallItems: Record<keyof typeof DEMO.mall, string>
  storefront: Caller
}

export async function discoverDemo(ctx: JourneyContext): Promise<DemoStore> {
  const storefront = { headers: { "x-publishable-api-key": ctx.publishableKey } }
  const { data: regionData } = await ctx.api.get("/store/regions", storefront)
  const regionOf = (currency: Currency) => regionData.regions.find((region: { currency_code: string }) => region.currency_code === currency).id

  const handles = Object.keys(DEMO.products) as ProductHandle[]
  const { data: productData } = await ctx.api.get(`/store/products?${handles.map((h) => `handle[]=${h}`).join("&")}&fields=id,handle,*variants`, storefront)
  const variantOf = (handle: ProductHandle) => productData.products.find((product: { handle: string }) => product.handle === handle).variants[0].id

  const { data: planData } = await ctx.api.get("/store/membership/plans?currency_code=eur", storefront)
  const planOf = (handle: PlanHandle) => {
    const plan = planData.plans.find((candidate: { handle: string }) => candidate.handle === handle)
    return { id: plan.id, variantId: plan.variant_id }
  }

  const { data: mallData } = await ctx.api.get("/admin/points/mall/items?limit=100", ctx.admin)
  const itemOf = (name: string) => mallData.items.find((item: { name: string }) => item.name === name).id

  return {
    regions: { eur: regionOf("eur"), usd: regionOf("usd") },
    variants: Object.fromEntries(handles.map((handle) => [handle, variantOf(handle)])) as DemoStore["variants"],
    plans: { "plus-annual": planOf("plus-annual"), "plus-monthly": planOf("plus-monthly") },
    mallItems: {
      voucher: itemOf(DEMO.mall.voucher.name),
      bottle: itemOf(DEMO.mall.bottle.name),
      earbudsDeal: itemOf(DEMO.mall.earbudsDeal.name),
    },
    storefront,
  }
}

/** Growth an order earns in the demo: floor((goods paid × rate + order bonus) × plan multiplier). */
export const orderGrowth = (basis: number, currency: Currency, multiplier = 1) =>
  Math.floor((basis * DEMO.growth.perUnit[currency] + DEMO.growth.orderBonus) * multiplier + 1e-9)

/** The tier a growth balance reaches. */
export const tierOf = (growth: number) => (Object.entries(DEMO.tiers) as [keyof typeof DEMO.tiers, number][]).filter(([, threshold]) => growth >= threshold).pop()![0]

/** Points an order earns in the demo: floor(goods paid × rate × tier multiplier); only Gold has one (×1.5). */
export const orderPoints = (basis: number, tier: string | null) =>
  Math.floor(basis * DEMO.points.perUnit * (tier === "Gold" ? DEMO.points.goldMultiplier : 1) + 1e-9)

/** Rounds to the currency's cents, as the journeys compute money (EUR and USD have two decimals). */
export const cents = (amount: number) => Math.round(amount * 100 + Number.EPSILON * 100) / 100
