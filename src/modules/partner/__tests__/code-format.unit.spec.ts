import { crockfordCheckSymbol, generatePartnerCode, hasValidCheckSymbol, normalizeCode } from "../codes/code-format"
import { apiKeyPrefix, generateApiKey, keyFromBearer } from "../keys/api-key"
import { parseCodeCsv } from "../codes/csv-import"

const NOW = new Date("2026-03-01T00:00:00Z")

describe("partner code format", () => {
  it("computes Crockford's mod-37 check symbol, extra symbols included", () => {
    expect(crockfordCheckSymbol("0")).toBe("0")
    expect(crockfordCheckSymbol("Z")).toBe("Z") // 31
    expect(crockfordCheckSymbol("10")).toBe("*") // 32
    expect(crockfordCheckSymbol("14")).toBe("U") // 36
    expect(crockfordCheckSymbol("15")).toBe("0") // 37
  })

  it("generates grouped codes whose check symbol verifies, and rejects a changed digit", () => {
    for (let i = 0; i < 50; i++) {
      const code = generatePartnerCode()
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}-[0-9A-HJKMNP-TV-Z*~$=U]$/)
      expect(hasValidCheckSymbol(code)).toBe(true)
      const changed = `${code[0] === "0" ? "1" : "0"}${code.slice(1)}`
      expect(hasValidCheckSymbol(changed)).toBe(false)
    }
  })

  it("uppercases only codes in the generated format", () => {
    expect(normalizeCode(" abcde-fghjk-mnpqr-stvwx-y ")).toBe("ABCDE-FGHJK-MNPQR-STVWX-Y")
    expect(normalizeCode(" Stream-0001 ")).toBe("Stream-0001")
  })
})

describe("partner API keys", () => {
  it("formats keys as mpk_<prefix>_<secret> and reads them from a bearer header", () => {
    const { key, prefix } = generateApiKey()
    expect(apiKeyPrefix(key)).toBe(prefix)
    expect(keyFromBearer(`Bearer ${key}`)).toBe(key)
    expect(keyFromBearer("  ")).toBeNull()
    expect(apiKeyPrefix("mpk_short_x")).toBeNull()
  })
})

describe("code CSV", () => {
  it("reads quoted fields, a header in any column order, and names each malformed line", () => {
    const parsed = parseCodeCsv('expires_at,code\n2027-01-01,"A,1"\n,"B""2"\n,\n2027-01-01T00:00:00Z,C 3', NOW)
    expect(parsed.valid.map((row) => row.code)).toEqual(["A,1", 'B"2'])
    expect(parsed.malformed).toEqual([
      { line: 4, reason: "code is empty" },
      { line: 5, reason: "code contains whitespace" },
    ])
  })
})
