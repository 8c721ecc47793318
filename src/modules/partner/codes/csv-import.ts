import { MedusaError } from "@medusajs/framework/utils"
import { codeFingerprint, codeHash, normalizeCode } from "./code-format"

export const MAX_IMPORT_ROWS = 100_000
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_CODE_LENGTH = 200
/** Reports list at most this many duplicates and malformed rows each (the counts are complete). */
export const REPORT_LIST_LIMIT = 1000

export type ImportRow = { line: number; code: string; code_hash: string; fingerprint: string; expires_at: Date | null }
export type MalformedRow = { line: number; reason: string }
export type ParsedImport = { rows: number; valid: ImportRow[]; malformed: MalformedRow[]; duplicates: { line: number; code_fingerprint: string }[] }

/** Splits one CSV line into fields; double quotes may wrap a field and `""` is a quote inside one. */
function splitCsvLine(line: string): string[] | null {
  const fields: string[] = []
  let field = ""
  let quoted = false
  let wasQuoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"' && !wasQuoted && field.trim() === "") {
      quoted = true
      wasQuoted = true
      field = ""
    } else if (char === ",") {
      fields.push(field)
      field = ""
      wasQuoted = false
    } else {
      field += char
    }
  }
  if (quoted) {
    return null
  }
  fields.push(field)
  return fields
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
export const CONTROL_CHARS = /[\u0000-\u001f\u007f]/

function codeProblem(code: string): string | null {
  if (!code) {
    return "code is empty"
  }
  if (code.length > MAX_CODE_LENGTH) {
    return `code is longer than ${MAX_CODE_LENGTH} characters`
  }
  if (CONTROL_CHARS.test(code)) {
    return "code contains control characters"
  }
  if (/\s/.test(code)) {
    return "code contains whitespace"
  }
  return null
}

function parseExpiry(raw: string | undefined, now: Date): { expires_at: Date | null } | { error: string } {
  const value = raw?.trim() ?? ""
  if (!value) {
    return { expires_at: null }
  }
  const time = ISO_DATE.test(value) ? Date.parse(value) : NaN
  if (Number.isNaN(time)) {
    return { error: "expires_at is not an ISO date" }
  }
  if (time <= now.getTime()) {
    return { error: "expires_at is in the past" }
  }
  return { expires_at: new Date(time) }
}

/**
 * Reads a CSV of codes: an optional header (`code`, optional `expires_at`, in either order),
 * then one code per line. Returns the valid rows (normalized and hashed), the malformed lines
 * and the lines repeating a code seen earlier in the file. A file over the limits is refused (invalid data).
 */
export function parseCodeCsv(csv: string, now: Date): ParsedImport {
  if (Buffer.byteLength(csv, "utf8") > MAX_IMPORT_BYTES) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)
  }
  const lines = csv.replace(/^\uFEFF/, "").split(/\r?\n/)
  let codeColumn = 0
  let expiresColumn: number | null = 1
  let first = 0
  const header = splitCsvLine(lines[0] ?? "")?.map((field) => field.trim().toLowerCase())
  if (header?.includes("code")) {
    codeColumn = header.indexOf("code")
    expiresColumn = header.includes("expires_at") ? header.indexOf("expires_at") : null
    first = 1
  }
  const maxColumns = first ? (header as string[]).length : 2

  const result: ParsedImport = { rows: 0, valid: [], malformed: [], duplicates: [] }
  const seen = new Set<string>()
  for (let index = first; index < lines.length; index++) {
    if (!lines[index].trim()) {
      continue
    }
    result.rows++
    if (result.rows > MAX_IMPORT_ROWS) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The file has more than ${MAX_IMPORT_ROWS} rows`)
    }
    const line = index + 1
    const fields = splitCsvLine(lines[index])
    if (!fields) {
      result.malformed.push({ line, reason: "unterminated quote" })
      continue
    }
    if (fields.length > maxColumns) {
      result.malformed.push({ line, reason: `too many columns (at most ${maxColumns})` })
      continue
    }
    const code = normalizeCode(fields[codeColumn] ?? "")
    const problem = codeProblem(code)
    if (problem) {
      result.malformed.push({ line, reason: problem })
      continue
    }
    const expiry = parseExpiry(expiresColumn === null ? undefined : fields[expiresColumn], now)
    if ("error" in expiry) {
      result.malformed.push({ line, reason: expiry.error })
      continue
    }
    const hash = codeHash(code)
    if (seen.has(hash)) {
      result.duplicates.push({ line, code_fingerprint: codeFingerprint(code) })
      continue
    }
    seen.add(hash)
    result.valid.push({ line, code, code_hash: hash, fingerprint: codeFingerprint(code), expires_at: expiry.expires_at })
  }
  return result
}
