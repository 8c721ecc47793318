import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../src/modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../src/modules/tier"
import { createMembershipBenefitWorkflow } from "../../src/workflows/benefits/workflows/create-membership-benefit"
import { setMemberPricesWorkflow } from "../../src/workflows/benefits/workflows/set-member-prices"

/** Member prices per product handle: PLUS members' and Gold members' (and above), per currency. */
const DEMO_MEMBER_PRICES = [
  { handle: "organic-coffee-beans", plus: { eur: 19.9, usd: 22.5 }, gold: { eur: 21.5, usd: 24 } },
  { handle: "wireless-earbuds", plus: { eur: 79, usd: 89 }, gold: { eur: 84, usd: 94 } },
]

/**
 * What the demo's plans and tiers grant at checkout: member prices (PLUS, and Gold and above),
 * 5% off every order for PLUS Annual, free standard shipping for PLUS members and Gold and
 * above from 20 (EUR) or 25 (USD), and an identity badge. Created once, by name.
 */
export async function seedBenefits(container: MedusaContainer) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const plans = await membership.listMembershipPlans({ handle: ["plus-annual", "plus-monthly"] })
  const [gold] = await container.resolve<TierModuleService>(TIER_MODULE).listMembershipTiers({ name: "Gold" })
  const planIds = plans.map((plan) => plan.id)
  const annual = plans.find((plan) => plan.handle === "plus-annual")
  if (!gold || !annual) {
    return
  }
  const benefit = async (input: Record<string, unknown> & { name: string }) => {
    const [existing] = await membership.listMembershipBenefits({ name: input.name })
    return existing ?? (await createMembershipBenefitWorkflow(container).run({ input: input as never })).result
  }
  const plusPrices = await benefit({ name: "PLUS member prices", type: "member_price", config: {}, plan_ids: planIds })
  const goldPrices = await benefit({ name: "Gold member prices", type: "member_price", config: {}, tier_ids: [gold.id] })
  await benefit({
    name: "5% off every order",
    type: "member_discount",
    config: { percentage: 5, scope: "order" },
    plan_ids: [annual.id],
    cost_per_use: 2,
    cost_currency_code: "eur",
  })
  await benefit({
    name: "Free standard shipping",
    type: "free_shipping",
    config: { shipping_option_ids: null, min_subtotal: [{ currency_code: "eur", amount: 20 }, { currency_code: "usd", amount: 25 }] },
    plan_ids: planIds,
    tier_ids: [gold.id],
    cost_per_use: 5,
    cost_currency_code: "eur",
  })
  await benefit({ name: "PLUS badge", type: "identity", config: { label: "PLUS" }, plan_ids: planIds })

  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: DEMO_MEMBER_PRICES.map((entry) => entry.handle) }, { relations: ["variants"] })
  for (const entry of DEMO_MEMBER_PRICES) {
    const product = products.find((candidate) => candidate.handle === entry.handle)
    if (!product) {
      continue
    }
    const rows = (benefitId: string, prices: Record<string, number>) =>
      product.variants.flatMap((variant) =>
        Object.entries(prices).map(([currency_code, amount]) => ({ variant_id: variant.id, benefit_id: benefitId, currency_code, amount }))
      )
    // Setting the same amounts again changes nothing.
    await setMemberPricesWorkflow(container).run({
      input: { product_id: product.id, prices: [...rows(plusPrices.id, entry.plus), ...rows(goldPrices.id, entry.gold)] },
    })
  }
}
