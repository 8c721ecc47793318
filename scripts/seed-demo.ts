import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
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

/**
 * Seeds the demo store. Safe to run again: each part creates only what is missing.
 * Writes the facts a script needs (publishable key, logins) to DEMO_SEED_OUTPUT.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const store = await seedStore(container)
  await seedCatalog(container, store)
  await seedAccounts(container)
  await seedMembership(container)
  await seedTiers(container)
  await seedBenefits(container)
  await seedCouponDrops(container)
  await seedPoints(container)
  const output = process.env.DEMO_SEED_OUTPUT
  // The partner's API key is kept beside the seed output (the demo's home) so a re-run shows the same key.
  const partner = await seedPartners(container, output ? path.join(path.dirname(output), "demo-partner-key") : null)

  if (output) {
    fs.mkdirSync(path.dirname(output), { recursive: true })
    fs.writeFileSync(
      output,
      JSON.stringify(
        { publishableKey: store.publishableKey, admin: DEMO_ADMIN, shopper: DEMO_SHOPPER, ...(partner ? { partner } : {}) },
        null,
        2
      )
    )
  }
  logger.info("Demo data is in place.")
}
