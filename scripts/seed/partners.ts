import fs from "fs"
import path from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../src/modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../src/modules/partner"
import { createMembershipBenefitWorkflow } from "../../src/workflows/benefits/workflows/create-membership-benefit"
import { createPartnerApiKeyWorkflow } from "../../src/workflows/partners/workflows/create-partner-api-key"
import { createPartnerWorkflow } from "../../src/workflows/partners/workflows/create-partner"
import { importPartnerCodesWorkflow } from "../../src/workflows/partners/workflows/import-partner-codes"
import { revokePartnerApiKeyWorkflow } from "../../src/workflows/partners/workflows/revoke-partner-api-key"

const DEMO_PARTNER = {
  name: "StreamCo Video",
  contact_name: "Mia Chen",
  contact_email: "partners@streamco.example",
  notes: "Co-branded video month for PLUS members (demo).",
}
const DEMO_BENEFIT = "StreamCo video month"
const DEMO_KEY_NAME = "Demo key"
/** The demo pool: five codes StreamCo "sent" as a CSV. */
const DEMO_CODES = ["SCV-7QK2-M4ZP", "SCV-9TRX-2BHD", "SCV-4NWE-8CJL", "SCV-6PYA-3VFG", "SCV-1KDS-5XMU"]

export type SeededPartner = { id: string; name: string; apiKey: string }

/**
 * The demo partner "StreamCo Video" with an API key, and its benefit "StreamCo video month"
 * for both PLUS plans (one code per membership period) with a pool of five imported codes.
 * A key is shown only when created, so it is kept in `keyFile` (in the demo's home): a re-run
 * prints the same key while it still works; otherwise the old demo keys are revoked and a new
 * one is made.
 */
export async function seedPartners(container: MedusaContainer, keyFile: string | null): Promise<SeededPartner | null> {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  const plans = await membership.listMembershipPlans({ handle: ["plus-annual", "plus-monthly"] })
  if (!plans.length) {
    return null
  }
  const [existing] = await partners.listPartners({ name: DEMO_PARTNER.name })
  const partner = existing ?? (await createPartnerWorkflow(container).run({ input: DEMO_PARTNER })).result

  const [benefit] = await membership.listMembershipBenefits({ type: "partner", name: DEMO_BENEFIT })
  const videoMonth =
    benefit ??
    (
      await createMembershipBenefitWorkflow(container).run({
        input: {
          name: DEMO_BENEFIT,
          description: "A month of StreamCo Video, once per membership period. Show the code at streamco.example/redeem.",
          type: "partner",
          config: { partner_id: partner.id, entitlement: "period", code_source: "pool", code_valid_days: 90, low_stock_threshold: 3 },
          plan_ids: plans.map((plan) => plan.id),
          cost_per_use: 3,
          cost_currency_code: "eur",
        } as never,
      })
    ).result
  const [anyCode] = await partners.listPartnerCodes({ benefit_id: videoMonth.id }, { select: ["id"], take: 1 })
  if (!anyCode) {
    await importPartnerCodesWorkflow(container).run({
      input: { partner_id: partner.id, benefit_id: videoMonth.id, csv: ["code", ...DEMO_CODES].join("\n"), filename: "streamco-demo.csv" },
    })
  }
  return { id: partner.id, name: partner.name, apiKey: await demoApiKey(container, partner.id, keyFile) }
}

/** The key saved by an earlier run if it still authenticates as the partner, else a new one (old demo keys revoked). */
async function demoApiKey(container: MedusaContainer, partnerId: string, keyFile: string | null): Promise<string> {
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  const saved = keyFile && fs.existsSync(keyFile) ? fs.readFileSync(keyFile, "utf8").trim() : null
  if (saved) {
    const auth = await partners.authenticatePartnerKey(saved)
    if ("key_id" in auth && auth.partner_id === partnerId) {
      return saved
    }
  }
  const stale = await partners.listPartnerApiKeys({ partner_id: partnerId, name: DEMO_KEY_NAME, revoked_at: null }, { select: ["id"] })
  for (const key of stale) {
    await revokePartnerApiKeyWorkflow(container).run({ input: { partner_id: partnerId, id: key.id } })
  }
  const { result } = await createPartnerApiKeyWorkflow(container).run({
    input: { partner_id: partnerId, name: DEMO_KEY_NAME, created_by: "demo seed" },
  })
  if (keyFile) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true })
    fs.writeFileSync(keyFile, `${result.key}\n`, { mode: 0o600 })
  }
  return result.key
}
