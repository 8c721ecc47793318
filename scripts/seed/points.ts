import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TIER_MODULE, type TierModuleService } from "../../src/modules/tier"
import { POINTS_MODULE, type PointsModuleService } from "../../src/modules/points"
import { adjustPointsWorkflow } from "../../src/workflows/points/workflows/adjust-points"
import { createPointsMallItemWorkflow } from "../../src/workflows/points-mall/workflows/create-points-mall-item"
import { reconcileOrderPointsWorkflow } from "../../src/workflows/points/workflows/reconcile-order-points"
import { updatePointsProgramWorkflow } from "../../src/workflows/points/workflows/update-points-program"
import { DEMO_SHOPPER } from "./accounts"

/**
 * Points rules (1 point per euro or dollar, 100 points pay 1 unit, up to half an order; Gold
 * and above earn ×1.5), the demo shopper's history — welcome points spendable now and the
 * points of their past orders still pending —, one mall item of each kind the mall sells, and a product at points plus money.
 * Created once.
 */
export async function seedPoints(container: MedusaContainer) {
  const points: PointsModuleService = container.resolve(POINTS_MODULE)
  const tierModule: TierModuleService = container.resolve(TIER_MODULE)
  const program = await points.loadPointsProgram()
  if (program.earn_rates.length) {
    return
  }
  const [gold] = await tierModule.listMembershipTiers({ name: "Gold" })
  await updatePointsProgramWorkflow(container).run({
    input: {
      earn_rates: [
        { currency_code: "eur", points_per_unit: 1, min_order: 5 },
        { currency_code: "usd", points_per_unit: 1, min_order: 5 },
      ],
      redemption_rates: [
        { currency_code: "eur", points_per_unit: 100 },
        { currency_code: "usd", points_per_unit: 100 },
      ],
      tier_multipliers: gold ? [{ tier_id: gold.id, multiplier: 1.5 }] : [],
      pending_days: 14,
      expiry_mode: "end_of_following_year",
      max_share_percent: 50,
      min_redemption: 100,
      timezone: "Europe/Paris",
    },
  })

  const [shopper] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: DEMO_SHOPPER.email, has_account: true })
  if (shopper) {
    await adjustPointsWorkflow(container).run({
      input: { customer_id: shopper.id, points: 500, reason: "Welcome points", idempotency_key: `manual:${shopper.id}:demo-welcome`, actor: "seed" },
    })
    // The shopper's orders (paid before the rules existed) earn now, pending for 14 days.
    const orders = await container.resolve(Modules.ORDER).listOrders({ customer_id: shopper.id }, { select: ["id"] })
    for (const order of orders) {
      await reconcileOrderPointsWorkflow(container).run({ input: { order_id: order.id } })
    }
  }

  const [bottle, earbuds] = await Promise.all(
    ["steel-bottle", "wireless-earbuds"].map(async (handle) => (await container.resolve(Modules.PRODUCT).listProducts({ handle }, { relations: ["variants"] }))[0])
  )
  await createPointsMallItemWorkflow(container).run({
    input: {
      name: "5 € voucher",
      description: "A single-use code for 5 € off your next order, valid 30 days.",
      kind: "coupon",
      points_price: 450,
      coupon: { value_type: "fixed", value: 5, currency_code: "eur", valid_days: 30 },
      stock: 100,
      limit_per_member: 2,
      limit_period: "month",
    } as never,
  })
  if (bottle) {
    await createPointsMallItemWorkflow(container).run({
      input: {
        name: "Stainless Steel Bottle",
        description: "Redeemed for points and shipped like any order.",
        kind: "variant",
        points_price: 1900,
        variant_id: bottle.variants[0].id,
        stock: 20,
        limit_per_member: 1,
        limit_period: "year",
        tier_ids: gold ? [gold.id] : [],
      } as never,
    })
  }
  if (earbuds) {
    // Points plus money: bought through the shopper's cart, the money and the shipping paid at checkout.
    await createPointsMallItemWorkflow(container).run({
      input: {
        name: "Wireless Earbuds deal",
        description: "2,000 points plus 49 €, added to your cart and paid at checkout.",
        kind: "variant",
        points_price: 2000,
        cash_price: 49,
        currency_code: "eur",
        variant_id: earbuds.variants[0].id,
        stock: 10,
        limit_per_member: 1,
        limit_period: "year",
      } as never,
    })
  }
}
