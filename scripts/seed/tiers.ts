import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../src/modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../src/modules/tier"
import { createMembershipTierWorkflow } from "../../src/workflows/tiers/workflows/create-membership-tier"
import { reconcileOrderGrowthWorkflow } from "../../src/workflows/tiers/workflows/reconcile-order-growth"
import { updateTierProgramWorkflow } from "../../src/workflows/tiers/workflows/update-tier-program"
import { captureIfAuthorized, serverCheckout } from "../../src/workflows/common/steps/server-checkout"
import { DEMO_SHOPPER } from "./accounts"

/** Four tiers, 1 : 3 : 10 : 30 over a base of 200 growth (seed 001's "base value × multiplier"). */
const DEMO_TIERS = [
  { name: "Silver", rank: 1, threshold: 0, badge_label: "Silver", badge_color: "#A8A9AD", badge_icon: "star", description: "Member prices on selected products." },
  { name: "Gold", rank: 2, threshold: 600, badge_label: "Gold", badge_color: "#D4AF37", badge_icon: "star", description: "Free standard shipping and a birthday coupon." },
  { name: "Platinum", rank: 3, threshold: 2000, badge_label: "Platinum", badge_color: "#8E9AAF", badge_icon: "sparkles", description: "PLUS Annual at the member price (88) and priority support." },
  { name: "Diamond", rank: 4, threshold: 6000, badge_label: "Diamond", badge_color: "#5DADE2", badge_icon: "sparkles", description: "A personal shopper and early access to sales." },
]

const DEMO_ORDERS = ["wireless-earbuds", "organic-coffee-beans", "steel-bottle"]

/**
 * The tier program (PLUS Annual members earn 1.5× growth), four tiers, and a history of orders
 * that, with the PLUS Annual purchase, makes the demo shopper Gold.
 */
export async function seedTiers(container: MedusaContainer) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  if (!(await container.resolve<TierModuleService>(TIER_MODULE).listMembershipTiers({}, { take: 1 })).length) {
    const [plusAnnual] = await membership.listMembershipPlans({ handle: "plus-annual" })
    await updateTierProgramWorkflow(container).run({
      input: {
        earn_rates: [
          { currency_code: "eur", growth_per_unit: 1, spend_rate: 1 },
          { currency_code: "usd", growth_per_unit: 1, spend_rate: 0.92 },
        ],
        order_bonus: 10,
        plan_multipliers: plusAnnual ? [{ plan_id: plusAnnual.id, multiplier: 1.5 }] : [],
        check_in_growth: 5,
        streak_days: 7,
        streak_bonus: 20,
        timezone: "Europe/Paris",
        window_days: 365,
        downgrade_policy: "scheduled",
        protection_days: 30,
      },
    })
    for (const tier of DEMO_TIERS) {
      await createMembershipTierWorkflow(container).run({ input: tier })
    }
  }
  await seedOrderHistory(container)
}

async function seedOrderHistory(container: MedusaContainer) {
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: DEMO_SHOPPER.email, has_account: true })
  if (!customer || (await tierModule.listGrowthEntries({ customer_id: customer.id, reason: "order" }, { take: 1 })).length) {
    return
  }
  // Orders placed before the program existed (the PLUS Annual purchase) earn their growth now.
  const earlier = await container.resolve(Modules.ORDER).listOrders({ customer_id: customer.id }, { select: ["id"] })
  for (const order of earlier) {
    await reconcileOrderGrowthWorkflow(container).run({ input: { order_id: order.id } })
  }
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "eur" })
  const [option] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: "Standard shipping" })
  const products = await container.resolve(Modules.PRODUCT).listProducts({ handle: DEMO_ORDERS }, { relations: ["variants"] })
  for (const handle of DEMO_ORDERS) {
    const variant = products.find((product) => product.handle === handle)!.variants[0]
    const order = await serverCheckout(container, {
      customer_id: customer.id,
      email: customer.email,
      region_id: region.id,
      variant_id: variant.id,
      shipping: { option_id: option.id, address: { country_code: "de", city: "Berlin", address_1: "1 Demo Street", postal_code: "10115" } },
      payment: { provider_id: "pp_system_default" },
    })
    await captureIfAuthorized(container, order.order_id)
    // The capture's subscriber does the same; whichever runs second writes nothing.
    await reconcileOrderGrowthWorkflow(container).run({ input: { order_id: order.order_id } })
  }
}
