import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { changedCodeResult, decideRedeem, decideVoid, IDEMPOTENCY_KEY_REUSED } from "./requests/outcomes"
import { createHash } from "crypto"
import {
  claimRequestKeyStatement,
  countRefusalStatement,
  deleteRequestStatement,
  hitWindowsStatement,
  hitWindowStatement,
  insertAuditStatement,
  keyByPrefixStatement,
  purgeWindowsStatement,
  saveResultStatement,
  type StoredRequest,
  storedRequestStatement,
  storedResult,
} from "./requests/request-sql"
import { codeFingerprint, codeHash, generatePartnerCode, normalizeCode, sameSecret } from "./codes/code-format"
import {
  assignPoolCodeStatement,
  type AssignFields,
  codeAndRequestStatement,
  codeByClaimKeyStatement,
  codeCountsStatement,
  customerCodesStatement,
  existingHashesStatement,
  insertGeneratedCodeStatement,
  insertPoolCodesStatement,
  liveEntitlementCodeStatement,
  lockEntitlementStatement,
  lockPartnerImportsStatement,
  markRedeemedStatement,
  markVoidStatement,
  partnerCodeByHashStatement,
  redeemWithResultStatement,
  releaseCodeStatement,
  unvoidStatement,
} from "./codes/code-sql"
import { type PartnerCodeRow, toCodeView } from "./codes/code-view"
import { parseCodeCsv, REPORT_LIST_LIMIT } from "./codes/csv-import"
import { apiKeyHash, apiKeyPrefix, DUMMY_KEY_HASH, generateApiKey, keyFromBearer, sameKeyHash } from "./keys/api-key"
import { Partner } from "./models/partner"
import { PartnerApiKey } from "./models/partner-api-key"
import { PartnerAuditEntry } from "./models/partner-audit-entry"
import { PartnerCode } from "./models/partner-code"
import { PartnerCodeImport } from "./models/partner-code-import"
import { PartnerRateWindow } from "./models/partner-rate-window"
import { PartnerRequest } from "./models/partner-request"
import {
  type ApiKeyView,
  type ClaimedPartnerCode,
  type ClaimPartnerCodeInput,
  type CodeImportInput,
  type CodeImportReport,
  DEFAULT_FAILED_AUTH_LIMIT_PER_MINUTE,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  type PartnerAuditInput,
  type PartnerCodeCounts,
  type PartnerCodeView,
  type PartnerKeyAuth,
  type PartnerResult,
  type PartnerModuleOptions,
  type RateLimitResult,
  type RedeemPartnerCodeInput,
  type SqlStatement,
  type VoidPartnerCodeInput,
} from "./types"

const WINDOW_MS = 60_000
const UNIQUE_VIOLATION = "23505"

const windowStartOf = (now: Date) => Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS
const retryAfterSeconds = (windowStart: number, now: Date) => Math.max(1, Math.ceil((windowStart + WINDOW_MS - now.getTime()) / 1000))
/** Client addresses come from `X-Forwarded-For` and may be any length: keys name them by hash. */
const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex")

/** Callers inside workflows pass dates that were serialized (strings). */
const dateOrNow = (value: Date | string | null | undefined) => (value ? new Date(value) : new Date())
const IMPORT_CHUNK = 1000
const GENERATE_ATTEMPTS = 5

/**
 * Runs one of the module's own SQL statements in the context's transaction, or, in the context of
 * an `@InjectManager` method, on its own: one round trip, no transaction.
 */
function runStatement(statement: SqlStatement, context: Context): Promise<unknown[]> {
  const manager = (context.transactionManager ?? context.manager) as { execute: (sql: string, bindings: unknown[]) => Promise<unknown[]> }
  return manager.execute(statement.sql, statement.bindings)
}

/** The partner's code row for what was typed, compared in constant time; `lock` holds it (in the context's transaction). */
async function findPartnerCode(partnerId: string, raw: string, lock: boolean, context: Context): Promise<PartnerCodeRow | undefined> {
  const code = normalizeCode(raw)
  const [row] = (await runStatement(partnerCodeByHashStatement(partnerId, codeHash(code), lock), context)) as PartnerCodeRow[]
  return row && sameSecret(row.code, code) ? row : undefined
}

/** The answer to a key a request already holds: its stored result, or `idempotency_key_reused` when that request was another. */
const replayOf = (stored: StoredRequest, request: string): PartnerResult => (stored.request === request ? storedResult(stored) : IDEMPOTENCY_KEY_REUSED)

type ApiKeyRow = ApiKeyView & { key_hash?: string }
type KeyAuthRow = Pick<ApiKeyRow, "id" | "partner_id" | "prefix" | "key_hash" | "revoked_at"> & { partner_active: boolean }

const toApiKeyView = (row: ApiKeyRow): ApiKeyView => ({
  id: row.id,
  partner_id: row.partner_id,
  name: row.name,
  prefix: row.prefix,
  last_used_at: row.last_used_at,
  revoked_at: row.revoked_at,
  created_at: row.created_at,
})

const API_KEY_VIEW_FIELDS = ["id", "partner_id", "name", "prefix", "last_used_at", "revoked_at", "created_at"]

/** An audit entry as stored: absent optional fields are null. */
const auditRow = (entry: PartnerAuditInput) => ({
  partner_id: entry.partner_id ?? null,
  key_prefix: entry.key_prefix ?? null,
  action: entry.action,
  code_fingerprint: entry.code_fingerprint ?? null,
  result: entry.result,
  status_code: entry.status_code,
  ip: entry.ip ?? null,
})

class PartnerModuleService extends MedusaService({
  Partner,
  PartnerApiKey,
  PartnerCode,
  PartnerCodeImport,
  PartnerAuditEntry,
  PartnerRequest,
  PartnerRateWindow,
}) {
  protected readonly options_: PartnerModuleOptions

  constructor(container: Record<string, unknown>, options: PartnerModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
  }

  /** Calls per key and minute: the module option, else `PARTNER_RATE_LIMIT_PER_MINUTE`, else 120. */
  protected rateLimitPerMinute(): number {
    const configured = this.options_.rateLimitPerMinute ?? Number(process.env.PARTNER_RATE_LIMIT_PER_MINUTE)
    return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_RATE_LIMIT_PER_MINUTE
  }

  /** Failed authentications per key prefix and per address and minute: the module option, else `PARTNER_FAILED_AUTH_LIMIT_PER_MINUTE`, else 10. */
  protected failedAuthLimitPerMinute(): number {
    const configured = this.options_.failedAuthLimitPerMinute ?? Number(process.env.PARTNER_FAILED_AUTH_LIMIT_PER_MINUTE)
    return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_FAILED_AUTH_LIMIT_PER_MINUTE
  }

  // --- API keys ---

  /** Creates a key for a partner. The answer holds the whole key, which is never shown again. */
  @InjectManager()
  async createApiKey(
    input: { partner_id: string; name: string; created_by?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ api_key: ApiKeyView; key: string }> {
    const { key, prefix, key_hash } = generateApiKey()
    const created = await this.createPartnerApiKeys(
      { partner_id: input.partner_id, name: input.name, created_by: input.created_by ?? null, prefix, key_hash },
      sharedContext
    )
    return { api_key: toApiKeyView(created as unknown as ApiKeyRow), key }
  }

  /** Revokes a key; revoking it again keeps the first revocation time. */
  @InjectManager()
  async revokeApiKey(id: string, now = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<ApiKeyView> {
    const key = (await this.retrievePartnerApiKey(id, { select: API_KEY_VIEW_FIELDS }, sharedContext)) as unknown as ApiKeyRow
    if (key.revoked_at) {
      return toApiKeyView(key)
    }
    const updated = await this.updatePartnerApiKeys({ id, revoked_at: now }, sharedContext)
    return toApiKeyView(updated as unknown as ApiKeyRow)
  }

  @InjectManager()
  async listApiKeyViews(partnerId: string, @MedusaContext() sharedContext: Context = {}): Promise<ApiKeyView[]> {
    const keys = await this.listPartnerApiKeys({ partner_id: partnerId }, { select: API_KEY_VIEW_FIELDS, order: { created_at: "DESC" } }, sharedContext)
    return (keys as unknown as ApiKeyRow[]).map(toApiKeyView)
  }

  /**
   * Who an `Authorization: Bearer mpk_…` header is, in one read. An unknown prefix still costs a
   * hash comparison, and hashes are compared in constant time. Revoked keys and keys of suspended
   * or deleted partners are refused. The key's use is recorded with its call's count
   * (`hitRateLimit`).
   */
  @InjectManager()
  async authenticatePartnerKey(bearer: string | undefined, @MedusaContext() sharedContext: Context = {}): Promise<PartnerKeyAuth> {
    const key = keyFromBearer(bearer)
    if (!key) {
      return { prefix: null, reason: "missing" }
    }
    const prefix = apiKeyPrefix(key)
    const hash = apiKeyHash(key)
    const [row] = prefix ? ((await runStatement(keyByPrefixStatement(prefix), sharedContext)) as KeyAuthRow[]) : []
    const matches = sameKeyHash(hash, row?.key_hash ?? DUMMY_KEY_HASH)
    if (!row || !matches) {
      return { prefix, reason: "invalid" }
    }
    if (row.revoked_at) {
      return { prefix, reason: "revoked" }
    }
    if (!row.partner_active) {
      return { prefix, reason: "suspended" }
    }
    return { key_id: row.id, partner_id: row.partner_id, prefix: row.prefix }
  }

  // --- Rate limit and audit ---

  /**
   * Counts a call of an authenticated key in the current minute (fixed windows, shared by every
   * instance), and records the key's use (`last_used_at`, at most once a minute), in one statement.
   */
  @InjectManager()
  async hitRateLimit(keyId: string, now = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<RateLimitResult> {
    const limit = this.rateLimitPerMinute()
    const windowStart = windowStartOf(now)
    const statement = hitWindowStatement(generateEntityId(undefined, "prate"), keyId, new Date(windowStart), now)
    const [row] = (await runStatement(statement, sharedContext)) as { hits: number }[]
    const hits = Number(row.hits)
    return { allowed: hits <= limit, limit, remaining: Math.max(0, limit - hits), retry_after_seconds: retryAfterSeconds(windowStart, now) }
  }

  /**
   * Counts a failed authentication against its key prefix (any well-formed one, known or not, so
   * the answer tells nothing about the prefix) and its client address, in the same shared windows
   * as `hitRateLimit`; not allowed once either is over the limit this minute.
   */
  @InjectManager()
  async hitFailedAuthLimit(
    caller: { prefix: string | null; ip: string | null },
    now = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RateLimitResult> {
    const limit = this.failedAuthLimitPerMinute()
    const windowStart = windowStartOf(now)
    const keys = [caller.prefix && `failed-auth:prefix:${caller.prefix}`, caller.ip && `failed-auth:address:${sha256(caller.ip)}`].filter(
      (key): key is string => !!key
    )
    const rows = keys.length
      ? ((await runStatement(
          hitWindowsStatement(
            keys.map((key_id) => ({ id: generateEntityId(undefined, "prate"), key_id })),
            new Date(windowStart)
          ),
          sharedContext
        )) as { hits: number }[])
      : []
    const hits = Math.max(0, ...rows.map((row) => Number(row.hits)))
    return { allowed: hits <= limit, limit, remaining: Math.max(0, limit - hits), retry_after_seconds: retryAfterSeconds(windowStart, now) }
  }

  /** Deletes rate windows that started before `before`; returns how many. */
  @InjectManager()
  async purgeRateWindows(before: Date, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const deleted = await this.runSql(purgeWindowsStatement(before), sharedContext)
    return deleted.length
  }

  @InjectManager()
  async recordPartnerAudit(entry: PartnerAuditInput, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await runStatement(insertAuditStatement(generateEntityId(undefined, "paudit"), auditRow(entry)), sharedContext)
  }

  /**
   * Counts a call the guard refused in the audit log: one entry per partner, key prefix, address,
   * action, result and minute, whose `attempts` grows, so refusals cannot flood the log.
   */
  @InjectManager()
  async countRefusedPartnerCall(entry: PartnerAuditInput, now = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const row = auditRow(entry)
    const aggregateKey = sha256(
      JSON.stringify([windowStartOf(now), row.partner_id, row.key_prefix, row.ip, row.action, row.result, row.status_code])
    )
    await runStatement(countRefusalStatement(generateEntityId(undefined, "paudit"), row, aggregateKey), sharedContext)
  }

  // --- Codes ---

  /**
   * Imports a CSV of codes into a benefit's pool. Malformed rows and duplicates (in the file or
   * among the partner's codes) are reported with their line; unless `skip_invalid`, any of them
   * means nothing is imported. What is imported is imported in one transaction, with its import row.
   * A partner's imports run one at a time, so overlapping files imported at once report each
   * other's codes as duplicates instead of failing on the unique index.
   */
  @InjectManager()
  async importPartnerCodes(input: CodeImportInput, @MedusaContext() sharedContext: Context = {}): Promise<CodeImportReport> {
    return this.importPartnerCodes_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async importPartnerCodes_(input: CodeImportInput, @MedusaContext() sharedContext: Context = {}): Promise<CodeImportReport> {
    const parsed = parseCodeCsv(input.csv, dateOrNow(input.now))
    await this.runSql(lockPartnerImportsStatement(input.partner_id), sharedContext)
    const existing = new Set<string>()
    for (let start = 0; start < parsed.valid.length; start += IMPORT_CHUNK) {
      const hashes = parsed.valid.slice(start, start + IMPORT_CHUNK).map((row) => row.code_hash)
      const rows = (await this.runSql(existingHashesStatement(input.partner_id, hashes), sharedContext)) as { code_hash: string }[]
      rows.forEach((row) => existing.add(row.code_hash))
    }
    const duplicates: CodeImportReport["duplicates"] = [
      ...parsed.duplicates.map((row) => ({ ...row, reason: "duplicate_in_file" as const })),
      ...parsed.valid.filter((row) => existing.has(row.code_hash)).map((row) => ({ line: row.line, code_fingerprint: row.fingerprint, reason: "already_exists" as const })),
    ].sort((a, b) => a.line - b.line)
    const importable = parsed.valid.filter((row) => !existing.has(row.code_hash))
    const problems = duplicates.length + parsed.malformed.length
    const report: CodeImportReport = {
      import_id: null,
      rows: parsed.rows,
      imported: 0,
      duplicates: duplicates.slice(0, REPORT_LIST_LIMIT),
      malformed: parsed.malformed.slice(0, REPORT_LIST_LIMIT),
      counts: { duplicates: duplicates.length, malformed: parsed.malformed.length },
    }
    if ((problems && !input.skip_invalid) || !importable.length) {
      return report
    }
    const importId = generateEntityId(undefined, "pcimp")
    for (let start = 0; start < importable.length; start += IMPORT_CHUNK) {
      const codes = importable.slice(start, start + IMPORT_CHUNK).map((row, index) => ({
        id: generateEntityId(undefined, "pcode"),
        seq: start + index,
        code: row.code,
        code_hash: row.code_hash,
        fingerprint: row.fingerprint,
        expires_at: row.expires_at,
      }))
      await this.runSql(insertPoolCodesStatement(input.partner_id, input.benefit_id, importId, codes), sharedContext)
    }
    const done = { ...report, import_id: importId, imported: importable.length }
    await this.createPartnerCodeImports(
      {
        id: importId,
        partner_id: input.partner_id,
        benefit_id: input.benefit_id,
        filename: input.filename ?? null,
        rows: parsed.rows,
        imported: importable.length,
        duplicates: duplicates.length,
        malformed: parsed.malformed.length,
        report: done as unknown as Record<string, unknown>,
        created_by: input.created_by ?? null,
      },
      sharedContext
    )
    return done
  }

  /**
   * Gives a customer a code for one entitlement. Claims of the same benefit, customer and
   * entitlement run one at a time (on any instance); a claim that finds its `claim_key` or a
   * live code for the entitlement answers with it (`created: false`). A pool claim takes the
   * oldest unexpired available code; a generated one creates a new code. `prior_expires_at`: the
   * new pool code's own expiry before the claim, for `releasePartnerCode`.
   */
  @InjectManager()
  async claimPartnerCode(input: ClaimPartnerCodeInput, @MedusaContext() sharedContext: Context = {}): Promise<ClaimedPartnerCode> {
    return this.claimPartnerCode_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async claimPartnerCode_(
    input: ClaimPartnerCodeInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedPartnerCode> {
    const now = dateOrNow(input.now)
    await this.runSql(lockEntitlementStatement(input.benefit_id, input.customer_id, input.entitlement_key), sharedContext)
    const [byClaimKey] = (await this.runSql(codeByClaimKeyStatement(input.claim_key), sharedContext)) as PartnerCodeRow[]
    if (byClaimKey) {
      return { code: toCodeView(byClaimKey, now), created: false, prior_expires_at: null }
    }
    const [live] = (await this.runSql(
      liveEntitlementCodeStatement(input.benefit_id, input.customer_id, input.entitlement_key),
      sharedContext
    )) as PartnerCodeRow[]
    if (live) {
      return { code: toCodeView(live, now), created: false, prior_expires_at: null }
    }
    const fields: AssignFields = {
      customer_id: input.customer_id,
      membership_id: input.membership_id ?? null,
      entitlement_key: input.entitlement_key,
      claim_key: input.claim_key,
      now,
      expires_at: input.expires_at ?? null,
    }
    if (input.source === "pool") {
      const [assigned] = (await this.runSql(assignPoolCodeStatement(input.partner_id, input.benefit_id, fields), sharedContext)) as (PartnerCodeRow & {
        prior_expires_at: Date | string | null
      })[]
      if (!assigned) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No codes are left for this benefit")
      }
      return { code: toCodeView(assigned, now), created: true, prior_expires_at: assigned.prior_expires_at ? new Date(assigned.prior_expires_at) : null }
    }
    for (let attempt = 0; attempt < GENERATE_ATTEMPTS; attempt++) {
      const code = generatePartnerCode()
      const [inserted] = (await this.runSql(
        insertGeneratedCodeStatement(
          input.partner_id,
          input.benefit_id,
          { id: generateEntityId(undefined, "pcode"), code, code_hash: codeHash(code), fingerprint: codeFingerprint(code) },
          fields
        ),
        sharedContext
      )) as PartnerCodeRow[]
      if (inserted) {
        return { code: toCodeView(inserted, now), created: true, prior_expires_at: null }
      }
    }
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Could not generate a unique code")
  }

  /**
   * Undoes a claim (the compensation of the claim workflow): a pool code goes back to the pool
   * with the expiry it had before (the claim's `prior_expires_at`), a generated code is deleted.
   * Only an `assigned` code is released.
   */
  @InjectManager()
  async releasePartnerCode(
    codeId: string,
    priorExpiresAt: Date | string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.runSql(releaseCodeStatement(codeId, priorExpiresAt ? new Date(priorExpiresAt) : null), sharedContext)
  }

  /** A customer's codes (all statuses), newest claim first, optionally of some benefits only. */
  @InjectManager()
  async listCustomerCodes(customerId: string, benefitIds?: string[], @MedusaContext() sharedContext: Context = {}): Promise<PartnerCodeView[]> {
    const now = new Date()
    const rows = (await this.runSql(customerCodesStatement(customerId, benefitIds ?? null), sharedContext)) as PartnerCodeRow[]
    return rows.map((row) => toCodeView(row, now))
  }

  /** Codes per benefit and status at `now`; every benefit asked about is in the answer. */
  @InjectManager()
  async codeCounts(benefitIds: string[], now = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<Record<string, PartnerCodeCounts>> {
    const counts: Record<string, PartnerCodeCounts> = {}
    for (const id of benefitIds) {
      counts[id] = { available: 0, assigned: 0, redeemed: 0, void: 0, expired: 0 }
    }
    if (!benefitIds.length) {
      return counts
    }
    const rows = (await this.runSql(codeCountsStatement(benefitIds, now), sharedContext)) as { benefit_id: string; status: keyof PartnerCodeCounts; count: number }[]
    for (const row of rows) {
      counts[row.benefit_id][row.status] = Number(row.count)
    }
    return counts
  }

  /** A partner's claimed code as typed by someone; null when unknown, never claimed or another partner's. */
  @InjectManager()
  async partnerCodeLookup(partnerId: string, code: string, now = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<PartnerCodeView | null> {
    const row = await findPartnerCode(partnerId, code, false, sharedContext)
    return row && row.status !== "available" ? toCodeView(row, now) : null
  }

  /**
   * Redeems a code for its partner, once per `Idempotency-Key`: the result is stored with the
   * change, atomically, and a repeat of the key replays it as stored; the key used for another
   * code is `idempotency_key_reused`. One read (the code, and the key's stored request), then,
   * for a code that can be redeemed, one statement that redeems it and stores the result, with no
   * transaction around them. Any other case, and a redemption that lost a race, goes the locking
   * way (`redeemPartnerCode_`).
   */
  @InjectManager()
  async redeemPartnerCode(input: RedeemPartnerCodeInput, @MedusaContext() sharedContext: Context = {}): Promise<PartnerResult> {
    const now = dateOrNow(input.now)
    const code = normalizeCode(input.code)
    const request = `redeem:${codeFingerprint(code)}`
    const [read] = (await runStatement(codeAndRequestStatement(input.partner_id, codeHash(code), input.idempotency_key), sharedContext)) as (PartnerCodeRow & {
      stored_request: StoredRequest | null
    })[]
    if (read.stored_request) {
      return replayOf(read.stored_request, request)
    }
    const row = read.id && sameSecret(read.code, code) ? read : undefined
    // A failed statement inside a caller's transaction would abort it: there, only the locking way.
    if (row && decideRedeem(row, now).change === "redeem" && !sharedContext.transactionManager) {
      const { body } = changedCodeResult("redeemed", { ...row, status: "redeemed", redeemed_at: now }, now)
      const requestRow = { id: generateEntityId(undefined, "preq"), partner_id: input.partner_id, idempotency_key: input.idempotency_key, request }
      try {
        const [stored] = (await runStatement(redeemWithResultStatement(row, requestRow, body, now), sharedContext)) as StoredRequest[]
        if (stored) {
          return storedResult(stored)
        }
      } catch (error) {
        // The same key taken meanwhile by a request for this or another code: the locking way replays it.
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) {
          throw error
        }
      }
    }
    return this.redeemPartnerCode_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async redeemPartnerCode_(input: RedeemPartnerCodeInput, @MedusaContext() sharedContext: Context = {}): Promise<PartnerResult> {
    const now = dateOrNow(input.now)
    const request = `redeem:${codeFingerprint(normalizeCode(input.code))}`
    const claimed = await this.claimRequestKey(input.partner_id, input.idempotency_key, request, sharedContext)
    if ("replay" in claimed) {
      return claimed.replay
    }
    const row = await findPartnerCode(input.partner_id, input.code, true, sharedContext)
    const decision = decideRedeem(row, now)
    let result = decision.result
    if (decision.change === "redeem" && row) {
      const [redeemed] = (await this.runSql(markRedeemedStatement(row.id, now), sharedContext)) as PartnerCodeRow[]
      result = changedCodeResult("redeemed", redeemed, now)
    }
    return this.saveResult(claimed.request_id, result, sharedContext)
  }

  /**
   * Voids a redeemed code within `void_window_hours` of its redemption; with an
   * `Idempotency-Key`, once per key as for redemption. `voided` names the code when this call
   * voided it (the caller then reverses the benefit usage).
   */
  @InjectManager()
  async voidPartnerCode(
    input: VoidPartnerCodeInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PartnerResult & { voided?: { code_id: string } }> {
    return this.voidPartnerCode_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async voidPartnerCode_(
    input: VoidPartnerCodeInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PartnerResult & { voided?: { code_id: string } }> {
    const now = dateOrNow(input.now)
    const request = `void:${codeFingerprint(normalizeCode(input.code))}`
    let requestId: string | null = null
    if (input.idempotency_key) {
      const claimed = await this.claimRequestKey(input.partner_id, input.idempotency_key, request, sharedContext)
      if ("replay" in claimed) {
        return claimed.replay
      }
      requestId = claimed.request_id
    }
    const row = await findPartnerCode(input.partner_id, input.code, true, sharedContext)
    const decision = decideVoid(row, input.void_window_hours, now)
    let result = decision.result
    let voided: { code_id: string } | undefined
    if (decision.change === "void" && row) {
      const [voidedRow] = (await this.runSql(markVoidStatement(row.id, now), sharedContext)) as PartnerCodeRow[]
      result = changedCodeResult("voided", voidedRow, now)
      voided = { code_id: row.id }
    }
    if (requestId) {
      result = await this.saveResult(requestId, result, sharedContext)
    }
    return voided ? { ...result, voided } : result
  }

  /**
   * Takes back a void (the void workflow's compensation): the code is redeemed again and the
   * stored answer of the void's key is forgotten. Returns false when the entitlement was claimed
   * again meanwhile, so the code stays void.
   */
  @InjectManager()
  async restoreVoidedPartnerCode(
    input: { code_id: string; partner_id: string; code: string; idempotency_key?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return this.restoreVoidedPartnerCode_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async restoreVoidedPartnerCode_(
    input: { code_id: string; partner_id: string; code: string; idempotency_key?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const restored = await this.runSql(unvoidStatement(input.code_id), sharedContext)
    if (input.idempotency_key) {
      const request = `void:${codeFingerprint(normalizeCode(input.code))}`
      await this.runSql(deleteRequestStatement(input.partner_id, input.idempotency_key, request), sharedContext)
    }
    return restored.length > 0
  }

  /**
   * Takes an `Idempotency-Key` for this request, or replays the result stored for it
   * (`idempotency_key_reused` when it was used for another request). A concurrent holder of the key makes this wait for
   * its transaction, then replay its answer.
   */
  @InjectTransactionManager()
  protected async claimRequestKey(
    partnerId: string,
    key: string,
    request: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ request_id: string } | { replay: PartnerResult }> {
    const id = generateEntityId(undefined, "preq")
    const inserted = await this.runSql(claimRequestKeyStatement(id, partnerId, key, request), sharedContext)
    if (inserted.length) {
      return { request_id: id }
    }
    const [stored] = (await this.runSql(storedRequestStatement(partnerId, key), sharedContext)) as StoredRequest[]
    return { replay: replayOf(stored, request) }
  }

  @InjectTransactionManager()
  protected async saveResult(requestId: string, result: PartnerResult, @MedusaContext() sharedContext: Context = {}): Promise<PartnerResult> {
    const [stored] = (await this.runSql(saveResultStatement(requestId, result), sharedContext)) as StoredRequest[]
    return storedResult(stored)
  }

  /** Runs one of the module's own SQL statements, in the context's transaction or its own. */
  @InjectTransactionManager()
  protected async runSql(statement: SqlStatement, @MedusaContext() sharedContext: Context = {}): Promise<unknown[]> {
    const manager = sharedContext.transactionManager as { execute: (sql: string, bindings: unknown[]) => Promise<unknown[]> }
    return manager.execute(statement.sql, statement.bindings)
  }
}

export default PartnerModuleService
