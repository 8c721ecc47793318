import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../src/modules/partner"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { importPartnerCodesStep, type ImportPartnerCodesInput } from "../../../src/workflows/partners/steps/import-partner-codes"
import { adminHeaders } from "../../helpers/auth"
import { failure } from "../../helpers/http"

const failAfterImportStep = createStep("test-fail-after-import", async (report: { imported: number }) => {
  throw new Error("failed after the import")
  return new StepResponse(report.imported)
})

type Report = {
  import_id: string | null
  rows: number
  imported: number
  duplicates: { line: number; code_fingerprint: string; reason: string }[]
  malformed: { line: number; reason: string }[]
  counts: { duplicates: number; malformed: number }
}

export const adminSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("admin", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>

    const partners = () => getContainer().resolve<PartnerModuleService>(PARTNER_MODULE)
    const createPartner = async (body: Record<string, unknown>) => (await api.post("/admin/partners", body, admin)).data.partner
    const createBenefit = async (partnerId: string, config: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
      (
        await api.post(
          "/admin/membership/benefits",
          { name: "Video month", type: "partner", config: { partner_id: partnerId, ...config }, ...extra },
          admin
        )
      ).data.benefit
    const importCsv = (partnerId: string, benefitId: string, body: Record<string, unknown>) =>
      api.post(`/admin/partners/${partnerId}/benefits/${benefitId}/codes/import`, body, admin)
    const benefitsOf = async (partnerId: string) => (await api.get(`/admin/partners/${partnerId}/benefits`, admin)).data
    const claim = (partnerId: string, benefitId: string, customer: string) =>
      partners().claimPartnerCode({
        partner_id: partnerId,
        benefit_id: benefitId,
        customer_id: customer,
        entitlement_key: "ever",
        claim_key: `test:${customer}`,
        source: "pool",
      })

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
    })

    it("creates, lists, searches, updates and deletes partners, refusing bad bodies with a 400 naming the field", async () => {
      const stream = await createPartner({ name: "StreamCo Video", contact_name: "Ana", contact_email: "ana@streamco.test" })
      expect(stream).toMatchObject({ id: expect.stringMatching(/^ptnr_/), name: "StreamCo Video", status: "active", notes: null })
      const health = await createPartner({ name: "HealthCheck Plus", status: "suspended" })
      await createPartner({ name: "Airline Miles" })

      const refused = async (body: Record<string, unknown>, field: RegExp) => {
        const response = await failure(api.post("/admin/partners", body, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(field)
      }
      await refused({}, /name/)
      await refused({ name: "  " }, /name/)
      await refused({ name: "X", contact_email: "not-an-email" }, /contact_email/)
      await refused({ name: "X", status: "gone" }, /status/)
      await refused({ name: "X", surprise: 1 }, /surprise/)

      const page = (await api.get("/admin/partners?limit=2", admin)).data
      expect(page).toMatchObject({ count: 3, offset: 0, limit: 2 })
      expect(page.partners.map((partner: { name: string }) => partner.name)).toEqual(["Airline Miles", "HealthCheck Plus"])
      expect((await api.get("/admin/partners?q=stream", admin)).data.partners.map((p: { id: string }) => p.id)).toEqual([stream.id])
      expect((await api.get("/admin/partners?status=suspended", admin)).data.partners.map((p: { id: string }) => p.id)).toEqual([health.id])
      expect((await failure(api.get("/admin/partners?limit=500", admin))).status).toBe(400)
      expect((await failure(api.get("/admin/partners?status=gone", admin))).status).toBe(400)

      const updated = (await api.post(`/admin/partners/${stream.id}`, { notes: "Contract 2027", contact_email: null }, admin)).data.partner
      expect(updated).toMatchObject({ name: "StreamCo Video", notes: "Contract 2027", contact_email: null, contact_name: "Ana" })
      expect((await api.get(`/admin/partners/${stream.id}`, admin)).data.partner.notes).toBe("Contract 2027")
      expect((await failure(api.post(`/admin/partners/${stream.id}`, { name: "" }, admin))).status).toBe(400)
      expect((await failure(api.get("/admin/partners/ptnr_missing", admin))).status).toBe(404)
      expect((await failure(api.post("/admin/partners/ptnr_missing", { notes: "x" }, admin))).status).toBe(404)

      expect((await api.delete(`/admin/partners/${health.id}`, admin)).data).toEqual({ id: health.id, object: "partner", deleted: true })
      expect((await failure(api.get(`/admin/partners/${health.id}`, admin))).status).toBe(404)
      expect((await api.get("/admin/partners", admin)).data.count).toBe(2)
    })

    it("needs an admin", async () => {
      expect((await failure(api.get("/admin/partners"))).status).toBe(401)
      expect((await failure(api.post("/admin/partners", { name: "X" }))).status).toBe(401)
    })

    it("creates API keys shown once, lists them without the key, and revokes them idempotently", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const other = await createPartner({ name: "Other" })
      const created = await api.post(`/admin/partners/${partner.id}/api-keys`, { name: "Checkout" }, admin)
      expect(created.status).toBe(201)
      const { api_key: apiKey, key } = created.data
      expect(key).toMatch(/^mpk_[0-9a-hjkmnp-tv-z]{8}_[A-Za-z0-9_-]{43}$/)
      expect(apiKey).toMatchObject({ partner_id: partner.id, name: "Checkout", prefix: key.split("_")[1], revoked_at: null })
      expect(apiKey).not.toHaveProperty("key_hash")
      expect((await failure(api.post(`/admin/partners/${partner.id}/api-keys`, {}, admin))).data.message).toMatch(/name/)
      expect((await failure(api.post("/admin/partners/ptnr_missing/api-keys", { name: "X" }, admin))).status).toBe(404)

      const listed = (await api.get(`/admin/partners/${partner.id}/api-keys`, admin)).data
      expect(listed.api_keys).toEqual([expect.objectContaining({ id: apiKey.id, prefix: apiKey.prefix, last_used_at: null })])
      expect(JSON.stringify(listed)).not.toContain(key)
      expect(JSON.stringify(listed)).not.toContain("key_hash")
      expect((await api.get(`/admin/partners/${other.id}/api-keys`, admin)).data.api_keys).toEqual([])

      // The key authenticates, and a call with it records its use.
      expect(await partners().authenticatePartnerKey(`Bearer ${key}`)).toMatchObject({ key_id: apiKey.id, partner_id: partner.id })
      expect((await failure(api.get("/partners/v1/codes/NO-SUCH-CODE", { headers: { authorization: `Bearer ${key}` } }))).status).toBe(404)
      expect((await api.get(`/admin/partners/${partner.id}/api-keys`, admin)).data.api_keys[0].last_used_at).not.toBeNull()

      // Another partner's key is unknown on this partner.
      expect((await failure(api.post(`/admin/partners/${other.id}/api-keys/${apiKey.id}/revoke`, {}, admin))).status).toBe(404)
      const revoked = (await api.post(`/admin/partners/${partner.id}/api-keys/${apiKey.id}/revoke`, {}, admin)).data.api_key
      expect(revoked.revoked_at).not.toBeNull()
      const again = (await api.post(`/admin/partners/${partner.id}/api-keys/${apiKey.id}/revoke`, {}, admin)).data.api_key
      expect(again.revoked_at).toBe(revoked.revoked_at)
      expect(await partners().authenticatePartnerKey(`Bearer ${key}`)).toMatchObject({ reason: "revoked" })

      // Suspending the partner stops its other keys.
      const { key: second } = (await api.post(`/admin/partners/${partner.id}/api-keys`, { name: "Backup" }, admin)).data
      await api.post(`/admin/partners/${partner.id}`, { status: "suspended" }, admin)
      expect(await partners().authenticatePartnerKey(`Bearer ${second}`)).toMatchObject({ reason: "suspended" })
    })

    it("checks a partner benefit's partner, and keeps it once the benefit has codes", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const other = await createPartner({ name: "Other" })
      const unknown = await failure(
        api.post("/admin/membership/benefits", { name: "X", type: "partner", config: { partner_id: "ptnr_missing" } }, admin)
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/config\.partner_id: unknown partner ptnr_missing/)
      const missing = await failure(api.post("/admin/membership/benefits", { name: "X", type: "partner", config: {} }, admin))
      expect(missing.data.message).toMatch(/config\.partner_id/)

      const benefit = await createBenefit(partner.id)
      expect(benefit.config).toEqual({
        partner_id: partner.id,
        entitlement: "period",
        code_source: "pool",
        code_valid_days: null,
        low_stock_threshold: 10,
        void_window_hours: 72,
      })
      // Without codes the partner may still change; to an unknown one it may not.
      const moved = await api.post(`/admin/membership/benefits/${benefit.id}`, { config: { partner_id: other.id } }, admin)
      expect(moved.data.benefit.config.partner_id).toBe(other.id)
      const toUnknown = await failure(api.post(`/admin/membership/benefits/${benefit.id}`, { config: { partner_id: "ptnr_nope" } }, admin))
      expect(toUnknown.status).toBe(400)
      await api.post(`/admin/membership/benefits/${benefit.id}`, { config: { partner_id: partner.id } }, admin)

      await importCsv(partner.id, benefit.id, { csv: "code\nSTREAM-1\nSTREAM-2\n" })
      const locked = await failure(api.post(`/admin/membership/benefits/${benefit.id}`, { config: { partner_id: other.id } }, admin))
      expect(locked.status).toBe(400)
      expect(locked.data.message).toMatch(/config\.partner_id cannot change once the benefit has codes/)
      // The rest of the config may change.
      const tuned = await api.post(
        `/admin/membership/benefits/${benefit.id}`,
        { config: { partner_id: partner.id, entitlement: "month", low_stock_threshold: 1 } },
        admin
      )
      expect(tuned.data.benefit.config).toMatchObject({ partner_id: partner.id, entitlement: "month", low_stock_threshold: 1 })

      // A partner its benefits name cannot be deleted.
      const refused = await failure(api.delete(`/admin/partners/${partner.id}`, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/Video month/)
      expect((await api.get(`/admin/partners/${partner.id}`, admin)).data.partner.id).toBe(partner.id)
    })

    it("imports a CSV into a pool: all or nothing, or skipping bad rows, with a report by line", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const other = await createPartner({ name: "Other" })
      const benefit = await createBenefit(partner.id, { low_stock_threshold: 3 })
      await importCsv(partner.id, benefit.id, { csv: "EXISTING-1\n" })

      const csv = [
        "code,expires_at",
        "GOOD-1,",
        "GOOD-2,2099-01-01",
        "GOOD-1,",
        "BAD CODE,",
        ",",
        "GOOD-3,yesterday",
        "EXISTING-1,",
        "GOOD-4,2099-01-01,extra",
        "GOOD-5",
      ].join("\n")
      const refused = await failure(importCsv(partner.id, benefit.id, { csv, filename: "codes.csv" }))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/Nothing was imported/)
      const report = (refused.data as unknown as { report: Report }).report
      expect(report).toMatchObject({ import_id: null, rows: 9, imported: 0, counts: { duplicates: 2, malformed: 4 } })
      expect(report.duplicates).toEqual([
        { line: 4, code_fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/), reason: "duplicate_in_file" },
        { line: 8, code_fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/), reason: "already_exists" },
      ])
      expect(report.malformed.map((row) => row.line)).toEqual([5, 6, 7, 9])
      expect(report.malformed[0].reason).toMatch(/whitespace/)
      expect(JSON.stringify(report)).not.toContain("GOOD-1")
      expect((await benefitsOf(partner.id)).benefits[0].codes.available).toBe(1)

      const skipped = await importCsv(partner.id, benefit.id, { csv, filename: "codes.csv", skip_invalid: true })
      expect(skipped.status).toBe(201)
      expect(skipped.data.report).toMatchObject({ import_id: expect.stringMatching(/^pcimp_/), rows: 9, imported: 3 })

      // Nothing in the file, or everything already there: a 400 with the report.
      const empty = await failure(importCsv(partner.id, benefit.id, { csv: "code\n\n" }))
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/no codes/)
      const repeat = await failure(importCsv(partner.id, benefit.id, { csv: "GOOD-1\n", skip_invalid: true }))
      expect(repeat.status).toBe(400)

      // Bodies, other partners' benefits, generated benefits.
      expect((await failure(importCsv(partner.id, benefit.id, {}))).data.message).toMatch(/csv/)
      expect((await failure(importCsv(partner.id, benefit.id, { csv: "A", skip_invalid: "yes" }))).status).toBe(400)
      expect((await failure(importCsv(other.id, benefit.id, { csv: "A\n" }))).status).toBe(404)
      expect((await failure(importCsv(partner.id, "mbnft_missing", { csv: "A\n" }))).status).toBe(404)
      const generated = await createBenefit(partner.id, { code_source: "generated" }, { name: "Generated month" })
      const noPool = await failure(importCsv(partner.id, generated.id, { csv: "A\n" }))
      expect(noPool.status).toBe(400)
      expect(noPool.data.message).toMatch(/generated/)

      const imports = (await api.get(`/admin/partners/${partner.id}/imports`, admin)).data
      expect(imports).toMatchObject({ count: 2, offset: 0, limit: 20 })
      expect(imports.imports[0]).toMatchObject({
        benefit_id: benefit.id,
        benefit: { id: benefit.id, name: "Video month" },
        filename: "codes.csv",
        rows: 9,
        imported: 3,
        duplicates: 2,
        malformed: 4,
      })
      expect((await api.get(`/admin/partners/${partner.id}/imports?benefit_id=${generated.id}`, admin)).data.count).toBe(0)
      expect((await api.get(`/admin/partners/${other.id}/imports`, admin)).data.count).toBe(0)
    })

    it("lists the partner's benefits with their codes by status and warns when a pool runs low", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const other = await createPartner({ name: "Other" })
      const pool = await createBenefit(partner.id, { low_stock_threshold: 3 }, { name: "Pool month" })
      const generated = await createBenefit(partner.id, { code_source: "generated" }, { name: "Generated month" })
      await createBenefit(other.id, {}, { name: "Other's benefit" })
      await importCsv(partner.id, pool.id, { csv: ["P-1", "P-2", "P-3", "P-4"].join("\n") })

      const before = await benefitsOf(partner.id)
      expect(before).toMatchObject({ count: 2, offset: 0, limit: 20 })
      expect(before.benefits.map((benefit: { name: string }) => benefit.name)).toEqual(["Generated month", "Pool month"])
      const poolRow = () => before.benefits.find((benefit: { id: string }) => benefit.id === pool.id)
      expect(poolRow()).toMatchObject({ codes: { available: 4, assigned: 0, redeemed: 0, void: 0, expired: 0 }, low_stock: false })
      expect(before.benefits.find((benefit: { id: string }) => benefit.id === generated.id)).toMatchObject({
        codes: { available: 0 },
        low_stock: false,
      })

      await claim(partner.id, pool.id, "cus_one")
      await claim(partner.id, pool.id, "cus_two")
      const after = (await benefitsOf(partner.id)).benefits.find((benefit: { id: string }) => benefit.id === pool.id)
      expect(after).toMatchObject({ codes: { available: 2, assigned: 2 }, low_stock: true })

      expect((await api.get(`/admin/partners/${partner.id}/benefits?limit=1&offset=1`, admin)).data.benefits.map((b: { id: string }) => b.id)).toEqual([
        pool.id,
      ])
      expect((await failure(api.get("/admin/partners/ptnr_missing/benefits", admin))).status).toBe(404)
    })

    it("shows the partner's audit log, newest first, filtered by action and result", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const other = await createPartner({ name: "Other" })
      const entry = (partnerId: string, action: string, result: string, status_code: number) =>
        partners().recordPartnerAudit({
          partner_id: partnerId,
          key_prefix: "abcdefgh",
          action,
          code_fingerprint: "0123456789ab",
          result,
          status_code,
          ip: "10.0.0.1",
        })
      await entry(partner.id, "lookup", "ok", 200)
      await entry(partner.id, "redeem", "ok", 200)
      await entry(partner.id, "redeem", "already_redeemed", 409)
      await entry(other.id, "redeem", "ok", 200)

      const all = (await api.get(`/admin/partners/${partner.id}/audit?limit=2`, admin)).data
      expect(all).toMatchObject({ count: 3, offset: 0, limit: 2 })
      expect(all.audit_entries[0]).toMatchObject({ action: "redeem", result: "already_redeemed", status_code: 409, key_prefix: "abcdefgh" })
      const redeems = (await api.get(`/admin/partners/${partner.id}/audit?action=redeem`, admin)).data
      expect(redeems.count).toBe(2)
      const ok = (await api.get(`/admin/partners/${partner.id}/audit?action=redeem&result=ok`, admin)).data
      expect(ok.audit_entries).toEqual([expect.objectContaining({ action: "redeem", result: "ok", code_fingerprint: "0123456789ab" })])
      expect((await failure(api.get(`/admin/partners/${partner.id}/audit?limit=0`, admin))).status).toBe(400)
      expect((await failure(api.get("/admin/partners/ptnr_missing/audit", admin))).status).toBe(404)
    })

    it("refuses unknown audit filters with a 400 naming the filter", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const action = await failure(api.get(`/admin/partners/${partner.id}/audit?action=delete`, admin))
      expect(action.status).toBe(400)
      expect(action.data.message).toMatch(/action/)
      const result = await failure(api.get(`/admin/partners/${partner.id}/audit?result=whatever`, admin))
      expect(result.status).toBe(400)
      expect(result.data.message).toMatch(/result/)
      // Every result the partner API writes is a filter the admin can use.
      for (const known of ["unauthorized", "revoked_key", "partner_suspended", "rate_limited", "invalid_data", "not_found"]) {
        expect((await api.get(`/admin/partners/${partner.id}/audit?result=${known}`, admin)).status).toBe(200)
      }
    })

    it("stops a suspended or deleted partner's keys on the partner API, and shows those refusals in its audit log", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const { key, api_key: apiKey } = (await api.post(`/admin/partners/${partner.id}/api-keys`, { name: "Checkout" }, admin)).data
      const lookup = (bearer: string) => failure(api.get("/partners/v1/codes/NOPE-1", { headers: { authorization: `Bearer ${bearer}` } }))

      expect((await lookup(key)).status).toBe(404)
      await api.post(`/admin/partners/${partner.id}`, { status: "suspended" }, admin)
      const suspended = await lookup(key)
      expect(suspended.status).toBe(401)
      await api.post(`/admin/partners/${partner.id}`, { status: "active" }, admin)
      expect((await lookup(key)).status).toBe(404)

      await api.post(`/admin/partners/${partner.id}/api-keys/${apiKey.id}/revoke`, {}, admin)
      expect((await lookup(key)).status).toBe(401)

      const results = (await api.get(`/admin/partners/${partner.id}/audit`, admin)).data.audit_entries.map(
        (entry: { result: string; key_prefix: string }) => `${entry.result}:${entry.key_prefix}`
      )
      expect(results).toEqual([
        `revoked_key:${apiKey.prefix}`,
        `not_found:${apiKey.prefix}`,
        `partner_suspended:${apiKey.prefix}`,
        `not_found:${apiKey.prefix}`,
      ])
      const refusals = (await api.get(`/admin/partners/${partner.id}/audit?result=partner_suspended`, admin)).data
      expect(refusals.count).toBe(1)

      // A deleted partner's keys stop too.
      const gone = await createPartner({ name: "Gone Partner" })
      const goneKey = (await api.post(`/admin/partners/${gone.id}/api-keys`, { name: "Old" }, admin)).data.key
      expect((await lookup(goneKey)).status).toBe(404)
      await api.delete(`/admin/partners/${gone.id}`, admin)
      expect((await lookup(goneKey)).status).toBe(401)
    })

    it("cleans a file name and refuses one with control characters", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const benefit = await createBenefit(partner.id)
      const bad = await failure(importCsv(partner.id, benefit.id, { csv: "A-1\n", filename: "codes\u0000.csv" }))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/filename/)
      const imported = await importCsv(partner.id, benefit.id, { csv: "A-1\n", filename: "C:\\fakepath\\codes.csv" })
      expect(imported.status).toBe(201)
      expect((await api.get(`/admin/partners/${partner.id}/imports`, admin)).data.imports[0].filename).toBe("codes.csv")
    })

    it("imports overlapping files into one partner at the same time without two rows for one code", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const benefit = await createBenefit(partner.id)
      const codes = (from: number, to: number) =>
        Array.from({ length: to - from }, (_, index) => `CODE-${String(from + index).padStart(6, "0")}`).join("\n")
      const files = [codes(0, 3000), codes(1500, 4500), codes(0, 4500)]
      const answers = await Promise.all(
        files.map((csv, index) =>
          importCsv(partner.id, benefit.id, { csv, filename: `file-${index}.csv`, skip_invalid: true }).catch(
            (error: { response: { status: number; data: { report?: Report; message?: string } } }) => error.response
          )
        )
      )
      // Each answer is an import report (201, or 400 when all its codes were already there), never an error.
      expect(answers.map((answer) => (answer.data.report ? "report" : `${answer.status} ${answer.data.message}`))).toEqual([
        "report",
        "report",
        "report",
      ])
      const reports = answers.map((answer) => answer.data.report as Report)
      // Every code is imported once; every other appearance is reported as a duplicate.
      expect(reports.reduce((sum, report) => sum + report.imported, 0)).toBe(4500)
      expect(reports.reduce((sum, report) => sum + report.counts.duplicates, 0)).toBe(3000 + 3000 + 4500 - 4500)
      const rows = await partners().listPartnerCodes({ partner_id: partner.id }, { select: ["code"] })
      expect(rows).toHaveLength(4500)
      expect(new Set(rows.map((row) => row.code)).size).toBe(4500)
    })

    it("rolls an import back when a later step of its workflow fails: no code and no import row is left", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const benefit = await createBenefit(partner.id)
      const failing = createWorkflow("test-import-then-fail", (input: ImportPartnerCodesInput) => {
        const report = importPartnerCodesStep(input)
        failAfterImportStep(report)
        return new WorkflowResponse(report)
      })
      const { errors } = await failing(getContainer()).run({
        input: { partner_id: partner.id, benefit_id: benefit.id, csv: "R-1\nR-2\nR-3\n" },
        throwOnError: false,
      })
      expect(errors.map((error) => error.error.message)).toEqual(["failed after the import"])
      expect(await partners().listPartnerCodes({ partner_id: partner.id })).toEqual([])
      expect(await partners().listPartnerCodeImports({ partner_id: partner.id })).toEqual([])
      // The same file imports afterwards: nothing of the failed import counts as a duplicate.
      expect((await importCsv(partner.id, benefit.id, { csv: "R-1\nR-2\nR-3\n" })).data.report).toMatchObject({ imported: 3 })
    })

    it("answers a body over the size limit with a clear 413", async () => {
      const partner = await createPartner({ name: "StreamCo Video" })
      const benefit = await createBenefit(partner.id)
      const tooLarge = await failure(importCsv(partner.id, benefit.id, { csv: "A".repeat(13 * 1024 * 1024) }))
      expect(tooLarge.status).toBe(413)
      expect(tooLarge.data.message).toMatch(/too large/)
      const overCsv = await failure(importCsv(partner.id, benefit.id, { csv: "A-1\n".repeat(1_400_000) }))
      expect(overCsv.status).toBe(400)
      expect(overCsv.data.message).toMatch(/csv.*5 MB/)
    })
  })
