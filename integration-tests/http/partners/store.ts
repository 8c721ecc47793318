import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../src/modules/partner"
import { claimPartnerBenefitWorkflow } from "../../../src/workflows/partners/workflows/claim-partner-benefit"
import { voidPartnerCodeWorkflow } from "../../../src/workflows/partners/workflows/void-partner-code"
import { answerOf } from "../../../src/api/partners/v1/partner-answers"
import { adminHeaders } from "../../helpers/auth"
import { type CustomerSession, registerCustomer } from "../../helpers/customer"
import { failure } from "../../helpers/http"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"

const DAY_MS = 86_400_000
const JANUARY = new Date("2027-01-10T12:00:00Z")
const LATE_JANUARY = new Date("2027-01-31T12:00:00Z")
const FEBRUARY = new Date("2027-02-01T12:00:00Z")

type StoreCode = {
  id: string
  code: string
  status: string
  benefit: { id: string; name: string | null }
  entitlement_key: string
  assigned_at: string
  expires_at: string | null
}
type StoreBenefit = {
  id: string
  name: string
  partner: { id: string; name: string } | null
  entitlement: string
  entitlement_key: string
  claimable: boolean
  unclaimable_reason: string | null
  code: StoreCode | null
}
type StorePartnerBenefits = { benefits: StoreBenefit[]; codes: StoreCode[]; count: number; offset: number; limit: number }

// Crockford's check symbol computed here independently: the 100-bit number the digits spell, mod 37.
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
function crockfordCheck(digits: string): string {
  let value = 0n
  for (const digit of digits) {
    value = value * 32n + BigInt(CROCKFORD.indexOf(digit))
  }
  return `${CROCKFORD}*~$=U`[Number(value % 37n)]
}

export const storeSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("store", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: StoreFixture
    let plus: { id: string }
    let gold: { id: string }
    let partner: { id: string; name: string }
    let videoMonth: { id: string }
    let member: CustomerSession
    let goldShopper: CustomerSession
    let stranger: CustomerSession

    const memberships = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const partners = () => getContainer().resolve<PartnerModuleService>(PARTNER_MODULE)
    const createBenefit = async (body: Record<string, unknown>) => (await api.post("/admin/membership/benefits", body, admin)).data.benefit
    const importCodes = (benefitId: string, codes: string[]) =>
      partners().importPartnerCodes({ partner_id: partner.id, benefit_id: benefitId, csv: ["code", ...codes].join("\n") })
    const register = (name: string) => registerCustomer(api, store.publishableKey, { email: `${name}@partners.test` })
    const makeMember = async (customer: CustomerSession) => {
      const start = new Date(Date.now() - 10 * DAY_MS)
      const end = new Date(Date.now() + 355 * DAY_MS)
      const membership = await memberships().createMemberships({
        customer_id: customer.customerId,
        plan_id: plus.id,
        status: "active",
        current_period_start: start,
        current_period_end: end,
      } as never)
      const period = await memberships().createMembershipPeriods({
        membership_id: membership.id,
        source: "manual",
        plan_id: plus.id,
        starts_at: start,
        ends_at: end,
        amount: 0,
      } as never)
      return { membership, period }
    }
    const list = async (customer: CustomerSession, query = "") =>
      (await api.get(`/store/partner-benefits${query}`, { headers: customer.headers })).data as StorePartnerBenefits
    const claim = (customer: CustomerSession, benefitId: string, headers: Record<string, string> = {}) =>
      api.post(`/store/partner-benefits/${benefitId}/claim`, {}, { headers: { ...customer.headers, ...headers } })
    const usagesOf = (benefitId: string) => memberships().listBenefitUsages({ benefit_id: benefitId })
    const availableCodes = async (benefitId: string) => (await partners().codeCounts([benefitId]))[benefitId]?.available ?? 0
    const claimAt = (customer: CustomerSession, benefitId: string, now: Date, claimKey: string) =>
      claimPartnerBenefitWorkflow(getContainer()).run({
        input: { benefit_id: benefitId, customer_id: customer.customerId, claim_key: claimKey, now },
      })

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(api, container)
      store = await createStoreFixture(container, { currencies: ["eur"], products: [] })
      plus = await memberships().createMembershipPlans({ name: "PLUS", handle: "plus", dunning_offsets: [1] as never })
      await api.post("/admin/membership/tiers", { name: "Silver", rank: 1, threshold: 100 }, admin)
      gold = (await api.post("/admin/membership/tiers", { name: "Gold", rank: 2, threshold: 500 }, admin)).data.tier
      partner = await partners().createPartners({ name: "StreamCo Video", contact_email: "partners@streamco.test" })
      videoMonth = await createBenefit({
        name: "StreamCo video month",
        type: "partner",
        config: { partner_id: partner.id, entitlement: "period", code_valid_days: 30 },
        plan_ids: [plus.id],
        tier_ids: [gold.id],
        cost_per_use: 4,
        cost_currency_code: "EUR",
      })
      await importCodes(videoMonth.id, ["VIDEO-0001", "VIDEO-0002", "VIDEO-0003", "VIDEO-0004", "VIDEO-0005"])
      ;[member, goldShopper, stranger] = await Promise.all(["member", "gold", "stranger"].map(register))
      await api.post(`/admin/membership/customers/${goldShopper.customerId}/growth`, { amount: 600, note: "test" }, admin)
    })

    it("shows a member the benefit, claims one code per entitlement and records its usage once", async () => {
      const { membership, period } = await makeMember(member)
      const before = await list(member)
      expect(before.benefits).toEqual([
        expect.objectContaining({
          id: videoMonth.id,
          name: "StreamCo video month",
          partner: { id: partner.id, name: "StreamCo Video" },
          entitlement: "period",
          entitlement_key: `period:${period.id}`,
          claimable: true,
          unclaimable_reason: null,
          code: null,
        }),
      ])
      expect(before).toMatchObject({ codes: [], count: 0, offset: 0, limit: 20 })

      const first = await claim(member, videoMonth.id)
      expect(first.status).toBe(201)
      expect(first.data).toMatchObject({
        created: true,
        code: {
          code: "VIDEO-0001",
          status: "assigned",
          benefit: { id: videoMonth.id, name: "StreamCo video month" },
          entitlement_key: `period:${period.id}`,
        },
      })
      expect(new Date(first.data.code.expires_at).getTime()).toBeGreaterThan(Date.now() + 28 * DAY_MS)

      // As in the README's curl: a claim with no body at all.
      const again = await api.post(`/store/partner-benefits/${videoMonth.id}/claim`, undefined, { headers: member.headers })
      expect(again.status).toBe(200)
      expect(again.data).toMatchObject({ created: false, code: { id: first.data.code.id, code: "VIDEO-0001" } })

      // A retried request with the same Idempotency-Key answers with the same code.
      const keyed = await claim(member, videoMonth.id, { "idempotency-key": "retry-1" })
      const replay = await claim(member, videoMonth.id, { "idempotency-key": "retry-1" })
      expect([keyed.data.code.id, replay.data.code.id]).toEqual([first.data.code.id, first.data.code.id])

      const after = await list(member)
      expect(after.benefits[0]).toMatchObject({ claimable: false, unclaimable_reason: "claimed", code: { id: first.data.code.id } })
      expect(after.codes.map((code) => code.code)).toEqual(["VIDEO-0001"])
      expect(after.count).toBe(1)
      expect(await availableCodes(videoMonth.id)).toBe(4)

      const usages = await usagesOf(videoMonth.id)
      expect(usages).toHaveLength(1)
      expect(usages[0]).toMatchObject({
        customer_id: member.customerId,
        membership_id: membership.id,
        benefit_type: "partner",
        order_id: null,
        currency_code: "eur",
        idempotency_key: `partner_code:${first.data.code.id}`,
      })
      expect(Number(usages[0].value)).toBe(4)
    })

    it("lets a past-due member claim within their last paid period's entitlement until their retries and grace are over", async () => {
      // PLUS retries one day after the due date and has no grace.
      const pastDue = async (customer: CustomerSession, dueAgoMs: number) => {
        const { membership, period } = await makeMember(customer)
        const due = new Date(Date.now() - dueAgoMs)
        await memberships().updateMemberships({ id: membership.id, status: "past_due", current_period_end: due } as never)
        await memberships().updateMembershipPeriods({ id: period.id, ends_at: due } as never)
        return period
      }
      const period = await pastDue(member, DAY_MS / 2)
      const first = await claim(member, videoMonth.id)
      expect(first.status).toBe(201)
      const again = await claim(member, videoMonth.id)
      expect(again.status).toBe(200)
      expect(again.data.code.code).toBe(first.data.code.code)
      const [code] = await partners().listPartnerCodes({ benefit_id: videoMonth.id, customer_id: member.customerId } as never)
      expect(code).toMatchObject({ entitlement_key: `period:${period.id}` })

      await pastDue(stranger, 2 * DAY_MS)
      expect((await failure(claim(stranger, videoMonth.id))).status).toBe(403)
    })

    it("refuses guests, shoppers who do not hold the benefit, unknown benefits and bad requests", async () => {
      expect((await list(stranger)).benefits).toEqual([])
      const refused = await failure(claim(stranger, videoMonth.id))
      expect(refused).toEqual({ status: 403, data: expect.objectContaining({ message: "This is not a benefit you hold" }) })
      expect((await failure(api.get("/store/partner-benefits", store.store))).status).toBe(401)
      expect((await failure(api.post(`/store/partner-benefits/${videoMonth.id}/claim`, {}, store.store))).status).toBe(401)

      await makeMember(member)
      expect((await failure(claim(member, "mbnft_unknown"))).status).toBe(404)
      const coupon = await createBenefit({
        name: "Not a partner benefit",
        type: "coupon_drop",
        config: { codes_per_month: 1, value_type: "percentage", value: 10 },
        plan_ids: [plus.id],
      })
      expect((await failure(claim(member, coupon.id))).status).toBe(404)
      const body = await failure(api.post(`/store/partner-benefits/${videoMonth.id}/claim`, { surprise: 1 }, { headers: member.headers }))
      expect(body.status).toBe(400)
      expect((await failure(api.get("/store/partner-benefits?limit=500", { headers: member.headers }))).status).toBe(400)
      expect((await failure(claim(member, videoMonth.id, { "idempotency-key": "x".repeat(201) }))).status).toBe(400)

      // An archived benefit is no longer held.
      await api.post(`/admin/membership/benefits/${videoMonth.id}`, { status: "archived" }, admin)
      expect((await failure(claim(member, videoMonth.id))).status).toBe(403)
      expect(await usagesOf(videoMonth.id)).toHaveLength(0)
    })

    it("counts a period benefit held through a tier by month, and a month benefit rolls over with the store's month", async () => {
      const viaTier = await claim(goldShopper, videoMonth.id)
      expect(viaTier.status).toBe(201)
      const month = new Date().toISOString().slice(0, 7)
      expect(viaTier.data.code.entitlement_key).toBe(`month:${month}`)
      expect((await usagesOf(videoMonth.id))[0]).toMatchObject({ customer_id: goldShopper.customerId, membership_id: null })

      const streaming = await createBenefit({
        name: "Gold streaming pass",
        type: "partner",
        config: { partner_id: partner.id, entitlement: "month", code_source: "generated" },
        tier_ids: [gold.id],
      })
      const january = (await claimAt(goldShopper, streaming.id, JANUARY, "jan-1")).result
      const lateJanuary = (await claimAt(goldShopper, streaming.id, LATE_JANUARY, "jan-2")).result
      const february = (await claimAt(goldShopper, streaming.id, FEBRUARY, "feb-1")).result
      expect(january).toMatchObject({ created: true, code: { entitlement_key: "month:2027-01", status: "assigned" } })
      expect(lateJanuary).toMatchObject({ created: false, code: { id: january.code.id } })
      expect(february).toMatchObject({ created: true, code: { entitlement_key: "month:2027-02" } })
      expect(february.code.code).not.toBe(january.code.code)

      // Generated codes: four groups of five Crockford digits and the right check character.
      for (const { code } of [january.code, february.code]) {
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}-[0-9A-HJKMNP-TV-Z*~$=U]$/)
        expect(code.slice(-1)).toBe(crockfordCheck(code.slice(0, -2).replace(/-/g, "")))
      }
      // Value and currency without a cost: 0 in the store's default currency.
      const usages = await usagesOf(streaming.id)
      expect(usages.map((usage) => [Number(usage.value), usage.currency_code])).toEqual([
        [0, "eur"],
        [0, "eur"],
      ])
    })

    it("hands the last codes to exactly as many concurrent claimers, and one code to a member claiming five times at once", async () => {
      const lastCodes = await createBenefit({
        name: "Last codes",
        type: "partner",
        config: { partner_id: partner.id, entitlement: "ever" },
        plan_ids: [plus.id],
        cost_per_use: 2,
        cost_currency_code: "eur",
      })
      const N = 3
      await importCodes(lastCodes.id, ["LAST-1", "LAST-2", "LAST-3"])
      const claimers = await Promise.all(Array.from({ length: N + 3 }, (_, n) => register(`claimer-${n}`)))
      await Promise.all(claimers.map(makeMember))

      const results = await Promise.allSettled(claimers.map((claimer) => claim(claimer, lastCodes.id)))
      const won = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []))
      const lost = results.flatMap((result) => (result.status === "rejected" ? [result.reason.response] : []))
      expect(won.map((response) => response.status)).toEqual([201, 201, 201])
      expect(new Set(won.map((response) => response.data.code.code))).toEqual(new Set(["LAST-1", "LAST-2", "LAST-3"]))
      expect(lost.map((response) => [response.status, response.data.type])).toEqual(Array(3).fill([409, "no_codes_left"]))
      expect(lost[0].data.message).toBe("No codes are left for this benefit")
      expect(await usagesOf(lastCodes.id)).toHaveLength(N)

      const loser = claimers[results.findIndex((result) => result.status === "rejected")]
      expect((await list(loser)).benefits.find((benefit) => benefit.id === lastCodes.id)).toMatchObject({ claimable: false, unclaimable_reason: "no_codes_left", code: null })

      // One member, five claims at once: one code, one usage.
      await makeMember(member)
      const five = await Promise.all([1, 2, 3, 4, 5].map(() => claim(member, videoMonth.id)))
      expect(new Set(five.map((response) => response.data.code.id)).size).toBe(1)
      expect(five.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201])
      expect(await usagesOf(videoMonth.id)).toHaveLength(1)
      expect(await availableCodes(videoMonth.id)).toBe(4)
    })

    it("gives the code back to the pool when its usage cannot be recorded", async () => {
      await makeMember(member)
      const [next] = await partners().listPartnerCodes(
        { benefit_id: videoMonth.id, status: "available" },
        { order: { created_at: "ASC", id: "ASC" }, take: 1 }
      )
      // A usage already under the key the claim would write makes its last step fail.
      const blocker = await memberships().createBenefitUsages({
        customer_id: stranger.customerId,
        benefit_type: "partner",
        benefit_id: videoMonth.id,
        value: 0,
        currency_code: "eur",
        used_at: new Date(),
        idempotency_key: `partner_code:${next.id}`,
      } as never)
      expect((await failure(claim(member, videoMonth.id))).status).toBeGreaterThanOrEqual(400)
      const [released] = await partners().listPartnerCodes({ id: next.id })
      // The claim's 30-day expiry is not left on the pool code, which has none of its own.
      expect(released).toMatchObject({ status: "available", customer_id: null, entitlement_key: null, claim_key: null, expires_at: null })
      expect(await availableCodes(videoMonth.id)).toBe(5)
      expect((await list(member)).benefits[0]).toMatchObject({ claimable: true, code: null })

      await memberships().deleteBenefitUsages([blocker.id])
      const retried = await claim(member, videoMonth.id)
      expect(retried.status).toBe(201)
      expect(retried.data.code.id).toBe(next.id)
    })

    it("lets the member claim again once the partner voids the redeemed code, whose usage is reversed", async () => {
      await makeMember(member)
      const first = (await claim(member, videoMonth.id)).data.code as StoreCode
      const redeemed = await partners().redeemPartnerCode({ partner_id: partner.id, code: first.code, idempotency_key: "redeem-1" })
      expect(answerOf(redeemed).status).toBe(200)
      expect((await list(member)).benefits[0]).toMatchObject({ claimable: false, code: { id: first.id, status: "redeemed" } })

      const { result: voided } = await voidPartnerCodeWorkflow(getContainer()).run({ input: { partner_id: partner.id, code: first.code } })
      expect(answerOf(voided)).toMatchObject({ status: 200, body: { code: { status: "void" } } })
      const freed = await list(member)
      expect(freed.benefits[0]).toMatchObject({ claimable: true, code: null })
      expect(freed.codes.map((code) => [code.code, code.status])).toEqual([[first.code, "void"]])

      const second = await claim(member, videoMonth.id)
      expect(second.status).toBe(201)
      expect(second.data.code.code).not.toBe(first.code)
      expect((await list(member)).codes.map((code) => code.status)).toEqual(["assigned", "void"])
      // The voided claim's usage is given back in full; the new claim has its own.
      const usages = await usagesOf(videoMonth.id)
      expect(usages.map((usage) => [usage.idempotency_key, Number(usage.value), Number(usage.reversed_value)]).sort()).toEqual(
        [
          [`partner_code:${first.id}`, 4, 4],
          [`partner_code:${second.data.code.id}`, 4, 0],
        ].sort()
      )
    })
  })
