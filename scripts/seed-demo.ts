import fs from "fs"
import path from "path"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_ADMIN, DEMO_SHOPPER, seedAccounts } from "./seed/accounts"
import { seedBenefits } from "./seed/benefits"
import { seedCatalog } from "./seed/catalog"
import { seedCouponDrops } from "./seed/coupons"
import { seedMembership } from "./seed/membership"
import { seedPartners } from "./seed/partners"
import { seedPoints } from "./seed/points"
import { seedStore } from "./seed/store"
import { seedTiers } from "./seed/tiers"

export type DemoSeedFacts = {
  publishableKey: string
  admin: typeof DEMO_ADMIN
  shopper: typeof DEMO_SHOPPER
  partner: Awaited<ReturnType<typeof seedPartners>>
}

/**
 * Seeds the demo store and returns what a client needs (publishable key, logins, the partner's
 * key). Safe to run again: each part creates only what is missing. The partner's API key is
 * kept in `partnerKeyFile` (the demo's home) so a re-run shows the same key. The journeys
 * (`integration-tests/journeys/`) seed their store with this same function.
 */
export async function seedDemoStore(container: MedusaContainer, partnerKeyFile: string | null): Promise<DemoSeedFacts> {
  const store = await seedStore(container)
  await seedCatalog(container, store)
  await seedAccounts(container)
  await seedMembership(container)
  await seedTiers(container)
  await seedBenefits(container)
  await seedCouponDrops(container)
  await seedPoints(container)
  const partner = await seedPartners(container, partnerKeyFile)
  return { publishableKey: store.publishableKey, admin: DEMO_ADMIN, shopper: DEMO_SHOPPER, partner }
}

/** `medusa exec ./scripts/seed-demo.ts`: seeds, and writes the facts to DEMO_SEED_OUTPUT. */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const output = process.env.DEMO_SEED_OUTPUT
  const { partner, ...facts } = await seedDemoStore(container, output ? path.join(path.dirname(output), "demo-partner-key") : null)
  if (output) {
    fs.mkdirSync(path.dirname(output), { recursive: true })
    fs.writeFileSync(output, JSON.stringify({ ...facts, ...(partner ? { partner } : {}) }, null, 2))
  }
  logger.info("Demo data is in place.")
}
