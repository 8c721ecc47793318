import { readdirSync, readFileSync, statSync } from "fs"
import path from "path"
import { inspect } from "util"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import axios, { type AxiosInstance } from "axios"
import purgePartnerRateWindowsJob from "../../../src/jobs/purge-partner-rate-windows"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { PARTNER_MODULE, codeFingerprint, type PartnerModuleService } from "../../../src/modules/partner"
import openapi from "../../../openapi/partners-v1.json"
import { adminHeaders, storeHeaders } from "../../helpers/auth"
import { startMedusaInstance } from "../../helpers/medusa-instance"

const RATE_LIMIT = 20
const FAILED_AUTH_LIMIT = 12
const MINUTE_MS = 60_000

/** Waits for the next minute when the current one is nearly over, so that the calls that follow count in one window. */
async function startEarlyInAMinute() {
  const intoMinute = Date.now() % MINUTE_MS
  if (intoMinute > 40_000) {
    await new Promise((resolve) => setTimeout(resolve, MINUTE_MS - intoMinute + 500))
  }
}

/** A partner API body: a code, or an error (`type`, `message` and the dates some errors carry). */
type PartnerBody = { code: Record<string, string | null>; type?: string; message?: string; redeemed_at?: string; openapi?: string }
type PartnerResponse = { status: number; text: string; body: PartnerBody; headers: Record<string, string> }
type Fixture = {
  partnerId: string
  otherPartnerId: string
  key: string
  keyId: string
  otherKey: string
  benefitId: string
  /** A code claimed by a member (assigned). */
  code: string
  codeId: string
}

/** A request to the partner API (with `data`, a raw body), answered whatever its status, with the raw body text. */
async function call(http: AxiosInstance, method: "get" | "post", url: string, key: string | null, headers: Record<string, string> = {}, data?: string) {
  const response = await http.request({
    method,
    url,
    data,
    // As is: axios would otherwise turn a string that is not JSON into a JSON string.
    transformRequest: [(body) => body],
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    validateStatus: () => true,
    responseType: "text",
    transformResponse: [(data) => data],
  })
  const text = String(response.data)
  return { status: response.status, text, body: JSON.parse(text), headers: response.headers as Record<string, string> } as PartnerResponse
}

const encoded = (code: string) => encodeURIComponent(code)

/** The headers that must not differ between two answers meant to be the same (not the date or the key's remaining calls). */
const sameHeaders = (answer: PartnerResponse) =>
  Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !["date", "x-ratelimit-remaining", "x-request-id"].includes(name)))

/** What the partner API spec needs of the app: low rate limits, reached in a test. */
export const partnerApiEnv = { PARTNER_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), PARTNER_FAILED_AUTH_LIMIT_PER_MINUTE: String(FAILED_AUTH_LIMIT) }

export const apiSuite = ({ api, getContainer, dbConfig }: MedusaSuiteOptions) =>
  describe("api", () => {
    const partners = () => getContainer().resolve<PartnerModuleService>(PARTNER_MODULE)
    const membership = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const lookup = (code: string, key: string | null, http: AxiosInstance = api) => call(http, "get", `/partners/v1/codes/${encoded(code)}`, key)
    const redeem = (code: string, key: string | null, idempotencyKey?: string) =>
      call(api, "post", `/partners/v1/codes/${encoded(code)}/redeem`, key, idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey })
    const voidCode = (code: string, key: string | null, idempotencyKey?: string) =>
      call(api, "post", `/partners/v1/codes/${encoded(code)}/void`, key, idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey })
    const audit = async (partnerId?: string) =>
      (await partners().listPartnerAuditEntries(partnerId ? { partner_id: partnerId } : {}, { order: { created_at: "ASC" } })) as unknown as {
        partner_id: string | null
        key_prefix: string | null
        action: string
        code_fingerprint: string | null
        result: string
        status_code: number
        ip: string | null
        attempts: number
      }[]
    /** Refused calls are counted in one entry a minute: the attempts per `result status` (and `key_prefix`, when asked). */
    const attemptsBy = (entries: Awaited<ReturnType<typeof audit>>, withPrefix = false) =>
      entries.reduce<Record<string, number>>((counts, entry) => {
        const key = `${entry.result} ${entry.status_code}${withPrefix ? ` ${entry.key_prefix}` : ""}`
        return { ...counts, [key]: (counts[key] ?? 0) + entry.attempts }
      }, {})
    /**
     * What the server logs through Medusa's logger while `run` runs, at the levels Medusa writes by
     * default (`LOG_LEVEL` http); its `debug` level names the paths its body parsers skip (README).
     */
    async function serverLog(run: () => Promise<void>) {
      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER) as unknown as Record<string, (...args: unknown[]) => void>
      const lines: string[] = []
      const spies = ["error", "warn", "info", "http", "log"]
        .filter((level) => typeof logger[level] === "function")
        .map((level) => jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => void lines.push(inspect(args))))
      try {
        await run()
      } finally {
        spies.forEach((spy) => spy.mockRestore())
      }
      return lines.join("\n")
    }

    let fixture: Fixture

    async function setup(config: Record<string, unknown> = {}): Promise<Fixture> {
      const service = partners()
      const partner = await service.createPartners({ name: "StreamCo Video" })
      const other = await service.createPartners({ name: "Airline Miles" })
      const { api_key, key } = await service.createApiKey({ partner_id: partner.id, name: "POS" })
      const { key: otherKey } = await service.createApiKey({ partner_id: other.id, name: "Airline POS" })
      const benefit = await membership().createMembershipBenefits({
        name: "StreamCo video month",
        type: "partner",
        config: { partner_id: partner.id, entitlement: "ever", code_source: "pool", code_valid_days: null, low_stock_threshold: 10, void_window_hours: 72, ...config },
        plan_ids: [],
        tier_ids: [],
        cost_per_use: 9,
        cost_currency_code: "eur",
      } as never)
      const benefitId = (benefit as unknown as { id: string }).id
      await service.importPartnerCodes({ partner_id: partner.id, benefit_id: benefitId, csv: "code\nStream-0001\nStream-0002\nStream-0003" })
      await service.importPartnerCodes({ partner_id: other.id, benefit_id: "mbnft_airline", csv: "code\nAIR-0001" })
      const { code } = await service.claimPartnerCode({
        partner_id: partner.id,
        benefit_id: benefitId,
        customer_id: "cus_member",
        entitlement_key: "ever",
        claim_key: `test-claim:${benefitId}`,
        source: "pool",
      })
      // The usage the claim workflow records for a claim, keyed by the code.
      await membership().createBenefitUsages({
        customer_id: "cus_member",
        benefit_type: "partner",
        benefit_id: benefitId,
        value: 9,
        currency_code: "eur",
        used_at: new Date(),
        idempotency_key: `partner_code:${code.id}`,
      } as never)
      return {
        partnerId: partner.id,
        otherPartnerId: other.id,
        key,
        keyId: api_key.id,
        otherKey,
        benefitId,
        code: code.code,
        codeId: code.id,
      }
    }

    beforeEach(async () => {
      fixture = await setup()
    })

    it("looks up, redeems once (replays the key byte for byte), refuses a second redemption, then voids and frees the entitlement", async () => {
      const { key, code } = fixture
      const found = await lookup(code, key)
      expect(found.status).toBe(200)
      expect(found.body).toEqual({
        code: { code: "Stream-0001", status: "assigned", benefit_id: fixture.benefitId, assigned_at: expect.any(String), expires_at: null, redeemed_at: null, voided_at: null },
      })
      expect(found.text).not.toContain("cus_member")
      expect(found.headers["x-ratelimit-limit"]).toBe(String(RATE_LIMIT))

      const noKey = await redeem(code, key)
      expect(noKey.status).toBe(400)
      expect(noKey.body.message).toMatch(/^Idempotency-Key header/)

      const redeemed = await redeem(code, key, "pos-1:txn-42")
      expect(redeemed.status).toBe(200)
      expect(redeemed.body.code).toMatchObject({ status: "redeemed", redeemed_at: expect.any(String) })
      const replay = await redeem(code, key, "pos-1:txn-42")
      expect(replay.status).toBe(200)
      expect(replay.text).toBe(redeemed.text)

      const second = await redeem(code, key, "pos-2:txn-7")
      expect(second.status).toBe(409)
      expect(second.body).toMatchObject({ type: "already_redeemed", redeemed_at: redeemed.body.code.redeemed_at })
      const reused = await redeem("Stream-0002", key, "pos-1:txn-42")
      expect(reused.status).toBe(422)
      expect(reused.body.type).toBe("idempotency_key_reused")
      expect((await lookup(code, key)).body.code.status).toBe("redeemed")

      const voided = await voidCode(code, key, "void-1")
      expect(voided.status).toBe(200)
      expect(voided.body.code).toMatchObject({ status: "void", voided_at: expect.any(String), redeemed_at: redeemed.body.code.redeemed_at })
      expect((await voidCode(code, key, "void-1")).text).toBe(voided.text)
      expect((await voidCode(code, key)).body.type).toBe("void")
      expect((await redeem(code, key, "pos-3")).body.type).toBe("void")

      const [usage] = await membership().listBenefitUsages({ idempotency_key: `partner_code:${fixture.codeId}` })
      expect(Number(usage.reversed_value)).toBe(9)
      // The entitlement is free again: the member gets a new code.
      const again = await partners().claimPartnerCode({
        partner_id: fixture.partnerId,
        benefit_id: fixture.benefitId,
        customer_id: "cus_member",
        entitlement_key: "ever",
        claim_key: "test-claim-2",
        source: "pool",
      })
      expect(again).toMatchObject({ created: true, code: { code: "Stream-0002" } })
    })

    it("answers concurrent redemptions once: one key replays, different keys get one 200 and 409s", async () => {
      const sameKey = await Promise.all([1, 2, 3, 4, 5].map(() => redeem(fixture.code, fixture.key, "burst-1")))
      expect(sameKey.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
      expect(new Set(sameKey.map((answer) => answer.text)).size).toBe(1)

      const { code } = await partners().claimPartnerCode({
        partner_id: fixture.partnerId,
        benefit_id: fixture.benefitId,
        customer_id: "cus_second",
        entitlement_key: "ever",
        claim_key: "test-claim:second",
        source: "pool",
      })
      const keys = await Promise.all([1, 2, 3, 4, 5].map((n) => redeem(code.code, fixture.key, `till-${n}`)))
      expect(keys.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409])
      const redeemedAt = keys.find((answer) => answer.status === 200)?.body.code.redeemed_at
      expect(keys.filter((answer) => answer.status === 409).every((answer) => answer.body.redeemed_at === redeemedAt)).toBe(true)

      // Voids with different keys race each other and another redemption: one void wins.
      const [voids, lateRedeem] = await Promise.all([
        Promise.all([1, 2, 3, 4].map((n) => voidCode(code.code, fixture.key, `void-${n}`))),
        redeem(code.code, fixture.key, "late-1"),
      ])
      expect(voids.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409])
      expect(voids.filter((answer) => answer.status === 409).map((answer) => answer.body.type)).toEqual(["void", "void", "void"])
      expect(lateRedeem.status).toBe(409)
      expect(["already_redeemed", "void"]).toContain(lateRedeem.body.type)
      expect((await lookup(code.code, fixture.key)).body.code.status).toBe("void")
    })

    it("voids only redeemed codes, within the benefit's void window", async () => {
      expect((await voidCode(fixture.code, fixture.key)).body).toMatchObject({ type: "not_redeemed" })
      const closed = await setup({ void_window_hours: 0 })
      expect((await redeem(closed.code, closed.key, "r-1")).status).toBe(200)
      const late = await voidCode(closed.code, closed.key)
      expect(late.status).toBe(409)
      expect(late.body.type).toBe("void_window_closed")
      expect((await lookup(closed.code, closed.key)).body.code.status).toBe("redeemed")
      const [usage] = await membership().listBenefitUsages({ idempotency_key: `partner_code:${closed.codeId}` })
      expect(Number(usage.reversed_value)).toBe(0)
    })

    it("answers another partner's code, a never-claimed code and an unknown code with the same 404", async () => {
      const answers = [
        await lookup(fixture.code, fixture.otherKey),
        await lookup("AIR-0001", fixture.otherKey),
        await lookup("NO-SUCH-CODE", fixture.otherKey),
        await lookup("Stream-0003", fixture.key),
        await lookup(fixture.code.toUpperCase(), fixture.key),
      ]
      for (const answer of answers) {
        expect(answer.status).toBe(404)
        expect(answer.text).toBe(answers[0].text)
        expect(sameHeaders(answer)).toEqual(sameHeaders(answers[0]))
      }
      expect(answers[0].body).toEqual({ type: "not_found", message: "Unknown code" })
      const stolen = await redeem(fixture.code, fixture.otherKey, "steal-1")
      expect(stolen.status).toBe(404)
      expect(stolen.text).toBe(answers[0].text)
      expect((await voidCode(fixture.code, fixture.otherKey)).text).toBe(answers[0].text)
      expect((await lookup(fixture.code, fixture.key)).body.code.status).toBe("assigned")
    })

    it("refuses missing, garbage, unknown and revoked keys and suspended partners with one 401", async () => {
      const secret = fixture.key.split("_").slice(2).join("_")
      const answers = [
        await lookup(fixture.code, null),
        await lookup(fixture.code, "garbage"),
        await lookup(fixture.code, `mpk_zzzzzzzz_${secret}`),
        await lookup(fixture.code, `${fixture.key.slice(0, -1)}${fixture.key.endsWith("A") ? "B" : "A"}`),
      ]
      // Medusa's own auth (an admin's token, a publishable key) is not a partner key.
      const admin = await adminHeaders(api, getContainer())
      answers.push(await call(api, "get", `/partners/v1/codes/${encoded(fixture.code)}`, null, admin.headers))
      answers.push(await call(api, "get", `/partners/v1/codes/${encoded(fixture.code)}`, null, (await storeHeaders(getContainer())).headers))
      await partners().revokeApiKey(fixture.keyId)
      answers.push(await lookup(fixture.code, fixture.key))
      answers.push(await redeem(fixture.code, fixture.key, "k-1"))
      await partners().updatePartners({ id: fixture.otherPartnerId, status: "suspended" })
      answers.push(await lookup("AIR-0001", fixture.otherKey))
      for (const answer of answers) {
        expect(answer.status).toBe(401)
        expect(answer.text).toBe(answers[0].text)
        expect(sameHeaders(answer)).toEqual(sameHeaders(answers[0]))
      }
      expect(answers[0].body.type).toBe("unauthorized")
      expect((await lookup(fixture.code, fixture.key)).status).toBe(401)

      const entries = await audit()
      expect(entries.every((entry) => entry.partner_id === null)).toBe(true)
      expect(attemptsBy(entries)).toEqual({ "unauthorized 401": 6, "revoked_key 401": 3, "partner_suspended 401": 1 })
      expect(entries.find((entry) => entry.result === "revoked_key")?.key_prefix).toBe(fixture.key.split("_")[1])
    })

    it("authenticates, masks, audits and counts every call, whatever its body or the code's encoding", async () => {
      const url = `/partners/v1/codes/${encoded(fixture.code)}/redeem`
      const malformed = "/partners/v1/codes/%E0%A4%A/redeem"
      const json = { "content-type": "application/json" }
      const notJson = `{"code": "${fixture.code}"`
      // Over the partner API's 16 KB and Medusa's own 100 KB default.
      const large = JSON.stringify({ code: fixture.code, pad: "x".repeat(200_000) })
      const answers: PartnerResponse[] = []
      const log = await serverLog(async () => {
        // No key: the one 401 first, whatever the body or the path.
        answers.push(await call(api, "post", url, null, { ...json, "idempotency-key": "b-1" }, notJson))
        answers.push(await call(api, "post", url, null, { ...json, "idempotency-key": "b-1" }, large))
        answers.push(await call(api, "post", malformed, null, { "idempotency-key": "b-1" }))
        // The key: then a 400 naming what is wrong.
        answers.push(await call(api, "post", url, fixture.key, { ...json, "idempotency-key": "b-2" }, notJson))
        answers.push(await call(api, "post", url, fixture.key, { ...json, "idempotency-key": "b-3" }, large))
        answers.push(await call(api, "post", malformed, fixture.key, { "idempotency-key": "b-4" }))
        answers.push(await call(api, "get", "/partners/v1/codes/%zz", fixture.key))
        // A body is not needed, and one that is well-formed is ignored.
        answers.push(await call(api, "post", url, fixture.key, { ...json, "idempotency-key": "b-5" }, JSON.stringify({ note: "till 7" })))
      })
      expect(answers.map((answer) => [answer.status, answer.body.type])).toEqual([
        [401, "unauthorized"],
        [401, "unauthorized"],
        [401, "unauthorized"],
        [400, "invalid_data"],
        [400, "invalid_data"],
        [400, "invalid_data"],
        [400, "invalid_data"],
        [200, undefined],
      ])
      expect(answers.slice(3, 7).map((answer) => answer.body.message)).toEqual([
        "body: not valid JSON",
        "body: the partner API reads no body; at most 16384 bytes",
        "code: malformed percent-encoding",
        "code: malformed percent-encoding",
      ])
      expect(answers[7].body.code.status).toBe("redeemed")
      expect(log).not.toContain(fixture.code)

      const entries = await audit()
      expect(attemptsBy(entries.filter((entry) => entry.partner_id === null))).toEqual({ "unauthorized 401": 3 })
      expect(entries.filter((entry) => entry.partner_id === fixture.partnerId).map((entry) => [entry.action, entry.result, entry.status_code, entry.code_fingerprint])).toEqual([
        ["redeem", "invalid_data", 400, codeFingerprint(fixture.code)],
        ["redeem", "invalid_data", 400, codeFingerprint(fixture.code)],
        ["redeem", "invalid_data", 400, null],
        ["lookup", "invalid_data", 400, null],
        ["redeem", "ok", 200, codeFingerprint(fixture.code)],
      ])
      // Each call with the key counted against its rate limit.
      const windows = await partners().listPartnerRateWindows({ key_id: fixture.keyId })
      expect(windows.reduce((hits, window) => hits + window.hits, 0)).toBe(5)
    })

    it("limits failed authentications per key prefix and per address, never holding back a valid key, and counts them in one audit entry a minute", async () => {
      await startEarlyInAMinute()
      const prefix = fixture.key.split("_")[1]
      const wrongSecret = `mpk_${prefix}_${"A".repeat(43)}`
      const unknownPrefix = `mpk_zzzzzzzz_${"A".repeat(43)}`
      // Medusa trusts one proxy: the address is the last `X-Forwarded-For` entry.
      const from = (key: string, address: string, code = fixture.code) =>
        call(api, "get", `/partners/v1/codes/${encoded(code)}`, key, { "x-forwarded-for": address })

      const statuses: number[] = []
      for (let i = 0; i < FAILED_AUTH_LIMIT; i++) {
        statuses.push((await from(wrongSecret, "203.0.113.1")).status)
      }
      expect(statuses).toEqual(Array(FAILED_AUTH_LIMIT).fill(401))
      const limited = await from(wrongSecret, "203.0.113.1")
      expect(limited.status).toBe(429)
      expect(limited.body.type).toBe("rate_limited")
      expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60)
      // Per prefix: from another address too; per address: another prefix from the same one.
      expect((await from(wrongSecret, "198.51.100.7")).status).toBe(429)
      expect((await from(unknownPrefix, "203.0.113.1")).status).toBe(429)
      // Neither: an ordinary 401.
      expect((await from(unknownPrefix, "192.0.2.9")).status).toBe(401)
      expect((await from(unknownPrefix, "192.0.2.9", "Stream-0002")).status).toBe(401)
      // The valid key is not held back by failures, from either address.
      expect((await from(fixture.key, "203.0.113.1")).status).toBe(200)
      expect((await from(fixture.key, "198.51.100.7")).status).toBe(200)

      // 19 refused calls, 5 audit entries: one per prefix, address, result and minute.
      const entries = await audit()
      const refused = entries.filter((entry) => entry.status_code !== 200)
      expect(refused.map((entry) => [entry.key_prefix, entry.ip, entry.result, entry.status_code, entry.attempts, entry.code_fingerprint])).toEqual([
        [prefix, "203.0.113.1", "unauthorized", 401, FAILED_AUTH_LIMIT, codeFingerprint(fixture.code)],
        [prefix, "203.0.113.1", "rate_limited", 429, 1, codeFingerprint(fixture.code)],
        [prefix, "198.51.100.7", "rate_limited", 429, 1, codeFingerprint(fixture.code)],
        ["zzzzzzzz", "203.0.113.1", "rate_limited", 429, 1, codeFingerprint(fixture.code)],
        // Attempts at more than one code keep no fingerprint.
        ["zzzzzzzz", "192.0.2.9", "unauthorized", 401, 2, null],
      ])

      // The merchant's audit view shows the partner's prefix's entries, counted.
      const admin = await adminHeaders(api, getContainer())
      const view = (await api.get(`/admin/partners/${fixture.partnerId}/audit`, admin)).data
      expect(view.count).toBe(5)
      expect(view.audit_entries.map((entry: { result: string; attempts: number; ip: string }) => [entry.result, entry.attempts, entry.ip])).toEqual([
        ["ok", 1, "198.51.100.7"],
        ["ok", 1, "203.0.113.1"],
        ["rate_limited", 1, "198.51.100.7"],
        ["rate_limited", 1, "203.0.113.1"],
        ["unauthorized", FAILED_AUTH_LIMIT, "203.0.113.1"],
      ])
      expect(view.audit_entries[0]).not.toHaveProperty("aggregate_key")
    })

    it("answers no browser origin: no CORS headers, and a preflight is refused like any keyless call", async () => {
      const origin = { origin: "http://localhost:9000" }
      const found = await call(api, "get", `/partners/v1/codes/${encoded(fixture.code)}`, fixture.key, origin)
      expect(found.status).toBe(200)
      const preflight = await api.request({
        method: "options",
        url: `/partners/v1/codes/${encoded(fixture.code)}/redeem`,
        headers: { ...origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,idempotency-key" },
        validateStatus: () => true,
      })
      expect(preflight.status).toBe(401)
      for (const headers of [found.headers, preflight.headers as Record<string, string>]) {
        expect(Object.keys(headers).filter((name) => name.startsWith("access-control-"))).toEqual([])
      }
    })

    it("refuses malformed codes and Idempotency-Keys with a 400 naming them", async () => {
      const long = await lookup("X".repeat(201), fixture.key)
      expect(long.status).toBe(400)
      expect(long.body).toMatchObject({ type: "invalid_data", message: expect.stringMatching(/^code: /) })
      const control = await lookup("BAD\u0001CODE", fixture.key)
      expect(control.status).toBe(400)
      for (const idempotencyKey of ["", "k".repeat(201)]) {
        const answer = await redeem(fixture.code, fixture.key, idempotencyKey)
        expect(answer.status).toBe(400)
        expect(answer.body.message).toMatch(/^Idempotency-Key header/)
      }
      const badVoidKey = await voidCode(fixture.code, fixture.key, "k".repeat(201))
      expect(badVoidKey.status).toBe(400)
      expect((await lookup(fixture.code, fixture.key)).body.code.status).toBe("assigned")
      expect((await audit(fixture.partnerId)).map((entry) => [entry.action, entry.result, entry.status_code])).toEqual([
        ["lookup", "invalid_data", 400],
        ["lookup", "invalid_data", 400],
        ["redeem", "invalid_data", 400],
        ["redeem", "invalid_data", 400],
        ["void", "invalid_data", 400],
        ["lookup", "ok", 200],
      ])
    })

    it("audits every call with the code's fingerprint, never the code or the key", async () => {
      await lookup(fixture.code, fixture.key)
      await redeem(fixture.code, fixture.key, "a-1")
      await redeem(fixture.code, fixture.key, "a-2")
      await lookup("NO-SUCH-CODE", fixture.key)
      await voidCode(fixture.code, fixture.key)
      await lookup(fixture.code, "garbage")
      const entries = await audit()
      expect(entries.map((entry) => [entry.action, entry.result, entry.status_code])).toEqual([
        ["lookup", "ok", 200],
        ["redeem", "ok", 200],
        ["redeem", "already_redeemed", 409],
        ["lookup", "not_found", 404],
        ["void", "ok", 200],
        ["lookup", "unauthorized", 401],
      ])
      const fingerprint = codeFingerprint(fixture.code)
      expect(entries.map((entry) => entry.code_fingerprint)).toEqual([
        fingerprint,
        fingerprint,
        fingerprint,
        codeFingerprint("NO-SUCH-CODE"),
        fingerprint,
        fingerprint,
      ])
      expect(entries.slice(0, 5).every((entry) => entry.partner_id === fixture.partnerId && entry.key_prefix === fixture.key.split("_")[1])).toBe(true)
      expect(entries.every((entry) => entry.ip)).toBe(true)
      const stored = JSON.stringify(entries)
      for (const secret of [fixture.code, "NO-SUCH-CODE", fixture.key, fixture.key.split("_").slice(2).join("_")]) {
        expect(stored).not.toContain(secret)
      }
    })

    it("counts one rate limit per key across two server instances sharing the database", async () => {
      const second = await startMedusaInstance(dbConfig.clientUrl, { PARTNER_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) })
      try {
        const other = axios.create({ baseURL: second.url })
        // Hits must land in one fixed window.
        await startEarlyInAMinute()
        const statuses: number[] = []
        const served = { first: 0, second: 0 }
        for (let i = 0; i < RATE_LIMIT; i++) {
          const onSecond = i % 2 === 1
          const answer = await lookup(fixture.code, fixture.key, onSecond ? other : api)
          statuses.push(answer.status)
          served[onSecond ? "second" : "first"]++
          expect(Number(answer.headers["x-ratelimit-remaining"])).toBe(RATE_LIMIT - i - 1)
        }
        expect(statuses.every((status) => status === 200)).toBe(true)
        expect(served).toEqual({ first: RATE_LIMIT / 2, second: RATE_LIMIT / 2 })

        for (const http of [api, other]) {
          const limited = await lookup(fixture.code, fixture.key, http)
          expect(limited.status).toBe(429)
          expect(limited.body.type).toBe("rate_limited")
          const retryAfter = Number(limited.headers["retry-after"])
          expect(retryAfter).toBeGreaterThanOrEqual(1)
          expect(retryAfter).toBeLessThanOrEqual(60)
        }
        // Another key has its own limit.
        expect((await lookup("AIR-0001", fixture.otherKey, other)).status).toBe(404)
        // Counted in one entry: both instances' refusals fall in one minute.
        const limitedEntries = (await audit(fixture.partnerId)).filter((entry) => entry.result === "rate_limited")
        expect(limitedEntries.map((entry) => [entry.status_code, entry.attempts])).toEqual([[429, 2]])
      } finally {
        await second.stop()
      }
    })

    it("purges rate windows older than an hour", async () => {
      const service = partners()
      await service.hitRateLimit(fixture.keyId, new Date(Date.now() - 2 * 3_600_000))
      await service.hitRateLimit(fixture.keyId, new Date())
      await purgePartnerRateWindowsJob(getContainer())
      const windows = await service.listPartnerRateWindows({ key_id: fixture.keyId })
      expect(windows).toHaveLength(1)
      expect(windows[0].window_start.getTime()).toBeGreaterThan(Date.now() - 3_600_000)
    })

    describe("OpenAPI document", () => {
      const routesDir = path.resolve(__dirname, "../../../src/api/partners")
      /** Every route file under src/api/partners as "METHOD /path" in OpenAPI's notation. */
      function routeOperations(dir = routesDir): string[] {
        return readdirSync(dir).flatMap((name) => {
          const full = path.join(dir, name)
          if (statSync(full).isDirectory()) {
            return routeOperations(full)
          }
          if (name !== "route.ts") {
            return []
          }
          const route = `/partners${path.dirname(full).slice(routesDir.length)}`.replace(/\[(\w+)\]/g, "{$1}")
          const methods = [...readFileSync(full, "utf8").matchAll(/export const (GET|POST|PUT|DELETE|PATCH)\b/g)].map((match) => match[1])
          return methods.map((method) => `${method} ${route}`)
        })
      }
      const documented = Object.entries(openapi.paths).flatMap(([route, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`)
      )

      it("is served without a key and documents exactly the routes that exist", async () => {
        const served = await call(api, "get", "/partners/v1/openapi.json", null)
        expect(served.status).toBe(200)
        expect(served.body).toEqual(openapi)
        expect(served.body.openapi).toMatch(/^3\./)
        expect(documented.sort()).toEqual(routeOperations().sort())
      })

      it("every documented operation answers as documented", async () => {
        for (const operation of documented) {
          const [method, route] = operation.split(" ")
          const url = route.replace("{code}", encoded(fixture.code))
          const answer = await call(api, method.toLowerCase() as "get" | "post", url, fixture.key, { "idempotency-key": `doc-${operation}` })
          const spec = (openapi.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[route][method.toLowerCase()]
          expect(Object.keys(spec.responses)).toContain(String(answer.status))
          expect(answer.status).toBeLessThan(300)
        }
      })
    })
  })
