import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PARTNER_MODULE } from ".."
import { codeFingerprint, hasValidCheckSymbol, normalizeCode } from "../codes/code-format"
import type PartnerModuleService from "../service"
import type { ClaimPartnerCodeInput } from "../types"

jest.setTimeout(60_000)

const T0 = new Date("2026-03-01T12:00:30Z")
const HOUR_MS = 3_600_000
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR_MS)

moduleIntegrationTestRunner<PartnerModuleService>({
  moduleName: PARTNER_MODULE,
  resolve: "./src/modules/partner",
  moduleOptions: { rateLimitPerMinute: 3 },
  testSuite: ({ service }) => {
    const partner = () => service.createPartners({ name: "StreamCo" })
    const importCodes = (partnerId: string, codes: string[], benefitId = "mbben_1") =>
      service.importPartnerCodes({ partner_id: partnerId, benefit_id: benefitId, csv: `code\n${codes.join("\n")}`, now: T0 })
    let claims = 0
    const claim = (partnerId: string, extra: Partial<ClaimPartnerCodeInput> = {}) =>
      service.claimPartnerCode({
        partner_id: partnerId,
        benefit_id: "mbben_1",
        customer_id: "cus_1",
        entitlement_key: "ever",
        claim_key: `claim-${++claims}`,
        source: "pool",
        now: T0,
        ...extra,
      })

    describe("API keys", () => {
      it("shows the key once, stores only its hash and authenticates it by prefix", async () => {
        const { id } = await partner()
        const { api_key, key } = await service.createApiKey({ partner_id: id, name: "POS" })
        expect(key).toMatch(/^mpk_[0-9a-z]{8}_[A-Za-z0-9_-]{43}$/)
        expect(key.startsWith(`mpk_${api_key.prefix}_`)).toBe(true)
        expect(api_key).not.toHaveProperty("key_hash")
        const [stored] = await service.listPartnerApiKeys({ id: api_key.id }, { select: ["key_hash"] })
        expect(stored.key_hash).not.toContain(key.split("_").slice(2).join("_"))

        expect(await service.authenticatePartnerKey(`Bearer ${key}`)).toEqual({ key_id: api_key.id, partner_id: id, prefix: api_key.prefix })
        // The key's use is recorded with its call's count.
        expect((await service.listApiKeyViews(id))[0].last_used_at).toBeNull()
        await service.hitRateLimit(api_key.id, T0)
        expect((await service.listApiKeyViews(id))[0].last_used_at).toEqual(T0)
        expect(await service.authenticatePartnerKey(undefined)).toEqual({ prefix: null, reason: "missing" })
        expect(await service.authenticatePartnerKey("Bearer garbage")).toEqual({ prefix: null, reason: "invalid" })
        // The key with its last character changed (to one it is not).
        const tampered = `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`
        expect(await service.authenticatePartnerKey(`Bearer ${tampered}`)).toMatchObject({ reason: "invalid" })
        const unknownPrefix = `mpk_zzzzzzzz_${key.split("_").slice(2).join("_")}`
        expect(await service.authenticatePartnerKey(`Bearer ${unknownPrefix}`)).toEqual({ prefix: "zzzzzzzz", reason: "invalid" })

        const revoked = await service.revokeApiKey(api_key.id, T0)
        expect((await service.revokeApiKey(api_key.id, at(1))).revoked_at).toEqual(revoked.revoked_at)
        expect(await service.authenticatePartnerKey(`Bearer ${key}`)).toEqual({ prefix: api_key.prefix, reason: "revoked" })
      })

      it("refuses keys of a suspended partner", async () => {
        const { id } = await partner()
        const { key } = await service.createApiKey({ partner_id: id, name: "POS" })
        await service.updatePartners({ id, status: "suspended" })
        expect(await service.authenticatePartnerKey(`Bearer ${key}`)).toMatchObject({ reason: "suspended" })
      })
    })

    it("counts hits per key in fixed minute windows and purges old windows", async () => {
      const hits = []
      for (let i = 0; i < 4; i++) {
        hits.push(await service.hitRateLimit("ptkey_1", T0))
      }
      expect(hits.map((hit) => hit.allowed)).toEqual([true, true, true, false])
      expect(hits[3]).toEqual({ allowed: false, limit: 3, remaining: 0, retry_after_seconds: 30 })
      expect((await service.hitRateLimit("ptkey_2", T0)).allowed).toBe(true)
      expect((await service.hitRateLimit("ptkey_1", new Date(T0.getTime() + 30_000))).allowed).toBe(true)
      expect(await service.purgeRateWindows(new Date(T0.getTime() + 30_000))).toBe(2)
      expect(await service.listPartnerRateWindows({})).toHaveLength(1)
    })

    describe("imports", () => {
      it("imports nothing when any row is wrong, and reports each problem with its line", async () => {
        const { id } = await partner()
        await importCodes(id, ["EXISTING-1"])
        const csv = ["code,expires_at", "GOOD-1,", "BAD CODE,", "GOOD-1,", "EXISTING-1,", "PAST-1,2020-01-01", "X,not-a-date", "A,2027-01-01,extra", ",", "GOOD-2,2027-01-01"].join("\n")
        const report = await service.importPartnerCodes({ partner_id: id, benefit_id: "mbben_1", csv, now: T0 })
        expect(report).toMatchObject({ import_id: null, rows: 9, imported: 0, counts: { duplicates: 2, malformed: 5 } })
        expect(report.duplicates).toEqual([
          { line: 4, code_fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/), reason: "duplicate_in_file" },
          { line: 5, code_fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/), reason: "already_exists" },
        ])
        expect(report.malformed.map((row) => row.line)).toEqual([3, 6, 7, 8, 9])
        expect(JSON.stringify(report)).not.toContain("EXISTING-1")
        expect((await service.codeCounts(["mbben_1"], T0)).mbben_1.available).toBe(1)

        const skipped = await service.importPartnerCodes({ partner_id: id, benefit_id: "mbben_1", csv, skip_invalid: true, now: T0 })
        expect(skipped).toMatchObject({ import_id: expect.any(String), rows: 9, imported: 2 })
        const [row] = await service.listPartnerCodeImports({ id: skipped.import_id as string })
        expect(row).toMatchObject({ rows: 9, imported: 2, duplicates: 2, malformed: 5 })
        const codes = await service.listPartnerCodes({ import_id: skipped.import_id as string }, { order: { code: "ASC" } })
        expect(codes.map((code) => [code.code, code.expires_at?.toISOString() ?? null])).toEqual([
          ["GOOD-1", null],
          ["GOOD-2", "2027-01-01T00:00:00.000Z"],
        ])
      })

      it("accepts a file without a header and refuses files over the row limit", async () => {
        const { id } = await partner()
        const report = await service.importPartnerCodes({ partner_id: id, benefit_id: "mbben_1", csv: "abc-1\nabc-2\n", now: T0 })
        expect(report).toMatchObject({ rows: 2, imported: 2 })
        const huge = Array.from({ length: 100_001 }, (_, i) => `C${i}`).join("\n")
        await expect(service.importPartnerCodes({ partner_id: id, benefit_id: "mbben_1", csv: huge, now: T0 })).rejects.toThrow(/more than 100000 rows/)
      })

      it("imports overlapping files at the same time: each code once, every other appearance reported as already there", async () => {
        const { id } = await partner()
        const codes = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `OV-${from + i}`).join("\n")
        const reports = await Promise.all(
          [codes(0, 600), codes(300, 900), codes(0, 900)].map((csv) =>
            service.importPartnerCodes({ partner_id: id, benefit_id: "mbben_1", csv, skip_invalid: true, now: T0 })
          )
        )
        expect(reports.reduce((sum, report) => sum + report.imported, 0)).toBe(900)
        expect(reports.reduce((sum, report) => sum + report.counts.duplicates, 0)).toBe(600 + 600 + 900 - 900)
        expect((await service.codeCounts(["mbben_1"], T0)).mbben_1.available).toBe(900)
      })
    })

    describe("claims", () => {
      it("assigns the oldest code once per entitlement and claim key, and refuses an empty pool", async () => {
        const { id } = await partner()
        await importCodes(id, ["FIRST-1"])
        await importCodes(id, ["SECOND-1"])
        const first = await claim(id, { membership_id: "mem_1", expires_at: at(24) })
        expect(first).toMatchObject({ created: true, code: { code: "FIRST-1", status: "assigned", customer_id: "cus_1", expires_at: at(24) } })
        expect(await claim(id)).toMatchObject({ created: false, code: { id: first.code.id } })
        expect(await claim(id, { claim_key: "claim-1", entitlement_key: "month:2026-03" })).toMatchObject({ created: false, code: { id: first.code.id } })
        const other = await claim(id, { customer_id: "cus_2" })
        expect(other).toMatchObject({ created: true, code: { code: "SECOND-1" } })
        await expect(claim(id, { customer_id: "cus_3" })).rejects.toThrow("No codes are left for this benefit")
        expect(await service.listCustomerCodes("cus_1")).toEqual([expect.objectContaining({ id: first.code.id })])
        expect(await service.listCustomerCodes("cus_1", ["mbben_other"])).toEqual([])
      })

      it("gives concurrent claims distinct codes, and one member's concurrent claims one code", async () => {
        const { id } = await partner()
        await importCodes(id, ["C-1", "C-2", "C-3"])
        const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => claim(id, { customer_id: `cus_${n}` })))
        const codes = results.filter((result) => result.status === "fulfilled").map((result) => result.value.code.code)
        expect(codes.sort()).toEqual(["C-1", "C-2", "C-3"])
        expect(results.filter((result) => result.status === "rejected")).toHaveLength(2)

        await importCodes(id, ["D-1", "D-2"])
        const mine = await Promise.all([1, 2, 3, 4].map(() => claim(id, { customer_id: "cus_9" })))
        expect(new Set(mine.map((result) => result.code.id)).size).toBe(1)
        expect(mine.filter((result) => result.created)).toHaveLength(1)
      })

      it("generates codes with a valid check character, looked up in any case", async () => {
        const { id } = await partner()
        const { code } = await claim(id, { source: "generated" })
        expect(code.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}-[0-9A-HJKMNP-TV-Z*~$=U]$/)
        expect(hasValidCheckSymbol(code.code)).toBe(true)
        expect(await service.partnerCodeLookup(id, ` ${code.code.toLowerCase()} `)).toMatchObject({ id: code.id })
        const other = await partner()
        expect(await service.partnerCodeLookup(other.id, code.code)).toBeNull()
      })

      it("releases a claim back to the pool with the code's own expiry", async () => {
        const { id } = await partner()
        await importCodes(id, ["R-1"])
        const claimed = await claim(id, { expires_at: at(24) })
        expect(claimed).toMatchObject({ code: { expires_at: at(24) }, prior_expires_at: null })
        await service.releasePartnerCode(claimed.code.id, claimed.prior_expires_at)
        expect((await service.codeCounts(["mbben_1"], T0)).mbben_1).toMatchObject({ available: 1, assigned: 0 })
        // The claim's expiry leaves with the claim: the pool code has none of its own.
        const [released] = await service.listPartnerCodes({ id: claimed.code.id })
        expect(released).toMatchObject({ status: "available", customer_id: null, expires_at: null })
        expect(await claim(id, { customer_id: "cus_2" })).toMatchObject({ created: true, code: { id: claimed.code.id, customer_id: "cus_2" } })

        // A code imported with its own expiry keeps it through the claim and the release.
        await service.importPartnerCodes({ partner_id: id, benefit_id: "mbben_1", csv: "code,expires_at\nR-2,2026-06-01T00:00:00Z", now: T0 })
        const own = await claim(id, { customer_id: "cus_3", expires_at: at(24) })
        expect(own).toMatchObject({ code: { code: "R-2", expires_at: new Date("2026-06-01T00:00:00Z") }, prior_expires_at: new Date("2026-06-01T00:00:00Z") })
        await service.releasePartnerCode(own.code.id, own.prior_expires_at)
        const [kept] = await service.listPartnerCodes({ id: own.code.id })
        expect(kept).toMatchObject({ status: "available", expires_at: new Date("2026-06-01T00:00:00Z") })
      })
    })

    describe("partner redemption", () => {
      it("hides never-claimed codes and keeps imported codes case-sensitive", async () => {
        const { id } = await partner()
        await importCodes(id, ["Case-1", "Case-2"])
        expect(await service.partnerCodeLookup(id, "Case-1")).toBeNull()
        const { code } = await claim(id)
        expect(await service.partnerCodeLookup(id, code.code)).toMatchObject({ status: "assigned" })
        expect(await service.partnerCodeLookup(id, code.code.toUpperCase())).toBeNull()
        expect(await service.redeemPartnerCode({ partner_id: id, code: "Case-2", idempotency_key: "k0" })).toEqual({
          outcome: "unknown_code",
          body: { type: "not_found", message: "Unknown code" },
        })
      })

      it("redeems once, replays a key, refuses a reused key, a second redemption and expired codes", async () => {
        const { id } = await partner()
        await importCodes(id, ["RED-1", "RED-2"])
        const { code } = await claim(id)
        const first = await service.redeemPartnerCode({ partner_id: id, code: code.code, idempotency_key: "k1", now: T0 })
        expect(first).toEqual({
          outcome: "redeemed",
          body: { code: expect.objectContaining({ code: "RED-1", status: "redeemed", redeemed_at: T0.toISOString(), benefit_id: "mbben_1" }) },
        })
        expect(first.body.code).not.toHaveProperty("customer_id")
        expect(await service.redeemPartnerCode({ partner_id: id, code: code.code, idempotency_key: "k1", now: at(1) })).toEqual(first)
        expect(await service.redeemPartnerCode({ partner_id: id, code: code.code, idempotency_key: "k2", now: at(1) })).toEqual({
          outcome: "already_redeemed",
          body: expect.objectContaining({ type: "already_redeemed", redeemed_at: T0.toISOString() }),
        })
        expect(await service.redeemPartnerCode({ partner_id: id, code: "RED-2", idempotency_key: "k1" })).toMatchObject({
          outcome: "idempotency_key_reused",
          body: { type: "idempotency_key_reused" },
        })
        const expiring = await claim(id, { customer_id: "cus_2", expires_at: at(1) })
        expect(await service.redeemPartnerCode({ partner_id: id, code: expiring.code.code, idempotency_key: "k3", now: at(2) })).toMatchObject({
          outcome: "expired",
          body: { type: "expired" },
        })
        expect((await service.codeCounts(["mbben_1"], at(2))).mbben_1).toEqual({ available: 0, assigned: 0, redeemed: 1, void: 0, expired: 1 })
      })

      it("answers concurrent requests with one key once, and concurrent keys on one code with one redemption", async () => {
        const { id } = await partner()
        await importCodes(id, ["CON-1", "CON-2"])
        const { code } = await claim(id)
        const same = await Promise.all([1, 2, 3, 4].map(() => service.redeemPartnerCode({ partner_id: id, code: code.code, idempotency_key: "same" })))
        expect(new Set(same.map((answer) => JSON.stringify(answer))).size).toBe(1)
        expect(same[0].outcome).toBe("redeemed")

        const other = await claim(id, { customer_id: "cus_2" })
        const keys = await Promise.all([1, 2, 3, 4].map((n) => service.redeemPartnerCode({ partner_id: id, code: other.code.code, idempotency_key: `key-${n}` })))
        expect(keys.map((answer) => answer.outcome).sort()).toEqual(["already_redeemed", "already_redeemed", "already_redeemed", "redeemed"])

        // One key for two codes at once: one code is redeemed, the other request is refused and its code left as it was.
        await importCodes(id, ["CON-3", "CON-4"])
        const pair = [await claim(id, { customer_id: "cus_3" }), await claim(id, { customer_id: "cus_4" })]
        const shared = await Promise.all(pair.map(({ code }) => service.redeemPartnerCode({ partner_id: id, code: code.code, idempotency_key: "shared" })))
        expect(shared.map((answer) => answer.outcome).sort()).toEqual(["idempotency_key_reused", "redeemed"])
        const statuses = await Promise.all(pair.map(({ code }) => service.partnerCodeLookup(id, code.code)))
        expect(statuses.map((view) => view?.status).sort()).toEqual(["assigned", "redeemed"])
      })

      it("voids a redeemed code within the window, which frees the entitlement", async () => {
        const { id } = await partner()
        await importCodes(id, ["V-1", "V-2", "V-3"])
        const { code } = await claim(id)
        expect(await service.voidPartnerCode({ partner_id: id, code: code.code, void_window_hours: 72, now: T0 })).toMatchObject({
          outcome: "not_redeemed",
          body: { type: "not_redeemed" },
        })
        await service.redeemPartnerCode({ partner_id: id, code: code.code, idempotency_key: "r1", now: T0 })
        expect(await service.voidPartnerCode({ partner_id: id, code: code.code, void_window_hours: 1, now: at(2) })).toMatchObject({
          outcome: "void_window_closed",
          body: { type: "void_window_closed" },
        })
        const voided = await service.voidPartnerCode({ partner_id: id, code: code.code, void_window_hours: 72, idempotency_key: "v1", now: at(2) })
        expect(voided).toMatchObject({ outcome: "voided", body: { code: { status: "void", voided_at: at(2).toISOString() } }, voided: { code_id: code.id } })
        const replay = await service.voidPartnerCode({ partner_id: id, code: code.code, void_window_hours: 72, idempotency_key: "v1", now: at(3) })
        expect(replay).toEqual({ outcome: voided.outcome, body: voided.body })
        expect(await service.redeemPartnerCode({ partner_id: id, code: code.code, idempotency_key: "r2" })).toMatchObject({ outcome: "void", body: { type: "void" } })

        const again = await claim(id)
        expect(again).toMatchObject({ created: true, code: { code: "V-2" } })
        // The void cannot be taken back once the entitlement was claimed again.
        expect(await service.restoreVoidedPartnerCode({ code_id: code.id, partner_id: id, code: code.code })).toBe(false)
      })

      it("replays a request stored before outcomes (HTTP status, no outcome) as the outcome it was", async () => {
        const { id } = await partner()
        const stored = (body: Record<string, unknown>) => ({ response: body, request: "", partner_id: id })
        const redeemedBody = { code: { code: "OLD-1", status: "redeemed" } }
        await service.createPartnerRequests([
          { ...stored(redeemedBody), idempotency_key: "old-200", request: `redeem:${codeFingerprint(normalizeCode("OLD-1"))}`, status_code: 200 },
          { ...stored({ type: "not_found", message: "Unknown code" }), idempotency_key: "old-404", request: `redeem:${codeFingerprint(normalizeCode("OLD-2"))}`, status_code: 404 },
          { ...stored({ type: "expired", message: "This code has expired" }), idempotency_key: "old-409", request: `redeem:${codeFingerprint(normalizeCode("OLD-3"))}`, status_code: 409 },
          { ...stored(redeemedBody), idempotency_key: "old-void", request: `void:${codeFingerprint(normalizeCode("OLD-1"))}`, status_code: 200 },
        ])
        const redeem = (code: string, key: string) => service.redeemPartnerCode({ partner_id: id, code, idempotency_key: key })
        expect(await redeem("OLD-1", "old-200")).toEqual({ outcome: "redeemed", body: redeemedBody })
        expect(await redeem("OLD-2", "old-404")).toEqual({ outcome: "unknown_code", body: { type: "not_found", message: "Unknown code" } })
        expect(await redeem("OLD-3", "old-409")).toEqual({ outcome: "expired", body: { type: "expired", message: "This code has expired" } })
        expect(await service.voidPartnerCode({ partner_id: id, code: "OLD-1", void_window_hours: 72, idempotency_key: "old-void" })).toEqual({
          outcome: "voided",
          body: redeemedBody,
        })
      })

      it("restores a void (compensation) and forgets its stored answer", async () => {
        const { id } = await partner()
        await importCodes(id, ["W-1"])
        const { code } = await claim(id)
        await service.redeemPartnerCode({ partner_id: id, code: code.code, idempotency_key: "r1", now: T0 })
        await service.voidPartnerCode({ partner_id: id, code: code.code, void_window_hours: 72, idempotency_key: "v1", now: T0 })
        expect(await service.restoreVoidedPartnerCode({ code_id: code.id, partner_id: id, code: code.code, idempotency_key: "v1" })).toBe(true)
        expect(await service.partnerCodeLookup(id, code.code)).toMatchObject({ status: "redeemed", voided_at: null })
        expect(await service.listPartnerRequests({ idempotency_key: "v1" })).toHaveLength(0)
      })
    })
  },
})
