import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService, type CreateMembershipPlanInput } from "../../src/modules/membership"
import { activateMembershipForOrderWorkflow } from "../../src/workflows/membership/workflows/activate-membership-for-order"
import { createMembershipPlansWorkflow } from "../../src/workflows/membership/workflows/create-membership-plans"
import { captureIfAuthorized, serverCheckout } from "../../src/workflows/common/steps/server-checkout"
import { DEMO_SHOPPER } from "./accounts"

/** A monthly plan with a 7-day trial, and an annual plan with a tier-gated price (88VIP style). */
const DEMO_PLANS: CreateMembershipPlanInput[] = [
  {
    name: "PLUS Annual",
    handle: "plus-annual",
    description: "A year of member prices, free shipping and partner benefits.",
    interval: "year",
    grace_days: 7,
    refund_policy: "benefits_used",
    prices: [
      { currency_code: "eur", amount: 888 },
      { currency_code: "eur", amount: 88, min_tier_rank: 3 },
      { currency_code: "usd", amount: 999 },
      { currency_code: "usd", amount: 99, min_tier_rank: 3 },
    ],
  },
  {
    name: "PLUS Monthly",
    handle: "plus-monthly",
    description: "The PLUS benefits, billed every month. Try it free for 7 days.",
    interval: "month",
    trial_days: 7,
    grace_days: 3,
    refund_policy: "prorated",
    prices: [
      { currency_code: "eur", amount: 9.9 },
      { currency_code: "usd", amount: 10.9 },
    ],
  },
]

/** The plugin's own demo data: the plans, and the demo shopper as a PLUS Annual member. */
export async function seedMembership(container: MedusaContainer) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const existing = await membership.listMembershipPlans({ handle: DEMO_PLANS.map((p) => p.handle!) })
  const missing = DEMO_PLANS.filter((p) => !existing.some((e) => e.handle === p.handle))
  if (missing.length) {
    await createMembershipPlansWorkflow(container).run({ input: { plans: missing } })
  }
  await seedDemoMember(container, "plus-annual")
}

/** Buys the plan for the demo shopper through a real checkout (system payment provider), once. */
async function seedDemoMember(container: MedusaContainer, planHandle: string) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: DEMO_SHOPPER.email, has_account: true })
  if (!customer || (await membership.listMemberships({ customer_id: customer.id })).length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: plans } = await query.graph({
    entity: "membership_plan",
    fields: ["id", "product_variant.id"],
    filters: { handle: planHandle },
  })
  const variantId = (plans[0] as { product_variant?: { id: string } }).product_variant!.id
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "eur" })

  const order = await serverCheckout(container, {
    customer_id: customer.id,
    email: customer.email,
    region_id: region.id,
    variant_id: variantId,
    payment: { provider_id: "pp_system_default" },
  })
  await captureIfAuthorized(container, order.order_id)
  // The capture's subscriber activates the membership too; whichever runs second does nothing.
  await activateMembershipForOrderWorkflow(container).run({ input: { order_id: order.order_id } })
}
