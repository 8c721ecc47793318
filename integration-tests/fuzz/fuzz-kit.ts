import { readdirSync, readFileSync } from "fs"
import path from "path"

const API_ROOT = path.resolve(__dirname, "../../src/api")
const MODULES_ROOT = path.resolve(__dirname, "../../src/modules")

// ─── Routes ─────────────────────────────────────────────────────────────────────────────

export type Route = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** Medusa's path, `[id]` folders as `:id`. */
  path: string
  /** The path params, in order. */
  params: string[]
  /** Field names the route's validators may know (from the nearest `validators.ts`), for bodies and queries. */
  fields: string[]
}

const METHOD_EXPORT = /^export\s+(?:async\s+)?(?:function|const|let)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm
/** `export { GET, POST }`: handlers made elsewhere (e.g. `entityRoutes`) and exported by name. */
const METHOD_LIST_EXPORT = /^export\s*\{([^}]*)\}/gm
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

/** The HTTP methods a route file exports, in either form. */
const exportedMethods = (text: string) => [
  ...[...text.matchAll(METHOD_EXPORT)].map((match) => match[1]),
  ...[...text.matchAll(METHOD_LIST_EXPORT)].flatMap((match) => match[1].split(",").map((name) => name.trim()).filter((name) => HTTP_METHODS.includes(name))),
]
const FIELD = /^\s*["']?([a-z_][a-z0-9_]*)["']?\s*:\s*z\b/gim

/** Field names declared with zod in the `validators.ts` of the route's folder or the nearest folder above it. */
function validatorFields(dir: string): string[] {
  for (let current = dir; current.startsWith(API_ROOT) && current !== API_ROOT; current = path.dirname(current)) {
    const file = path.join(current, "validators.ts")
    try {
      const text = readFileSync(file, "utf8")
      return [...new Set([...text.matchAll(FIELD)].map((match) => match[1]))]
    } catch {
      // no validators here: look one folder up
    }
  }
  return []
}

/** Every plugin method-route: each `route.ts` under `src/api` and the HTTP methods it exports. */
export function walkRoutes(dir = API_ROOT): Route[] {
  const routes: Route[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      routes.push(...walkRoutes(full))
    } else if (/^route\.[jt]s$/.test(entry.name)) {
      const segments = path.relative(API_ROOT, dir).split(path.sep)
      const routePath = "/" + segments.map((segment) => segment.replace(/^\[(.+)\]$/, ":$1")).join("/")
      const params = segments.filter((segment) => /^\[.+\]$/.test(segment)).map((segment) => segment.slice(1, -1))
      const text = readFileSync(full, "utf8")
      for (const method of exportedMethods(text)) {
        routes.push({ method: method as Route["method"], path: routePath, params, fields: validatorFields(dir) })
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`))
}

export const routeName = (route: Pick<Route, "method" | "path">) => `${route.method} ${route.path}`

// ─── A seeded PRNG (mulberry32) ─────────────────────────────────────────────────────────

export type Random = {
  next: () => number
  int: (max: number) => number
  pick: <T>(items: readonly T[]) => T
  some: <T>(items: readonly T[], max?: number) => T[]
}

export function seeded(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]) => items[int(items.length)]
  const some = <T>(items: readonly T[], max = 3) => {
    const count = 1 + int(Math.min(max, items.length))
    return [...items].sort(() => next() - 0.5).slice(0, count)
  }
  return { next, int, pick, some }
}

// ─── Malformed input ────────────────────────────────────────────────────────────────────

/** Bad JSON values per input class; each case of the fuzz uses one class, so a failure names its cause. */
const VALUES: Record<string, (random: Random) => unknown> = {
  type: (r) => r.pick([true, false, 0, 1, -1, "", "x", "true", "1", {}, []]),
  null: () => null,
  array: (r) => r.pick([[], [1], ["a", "b"], [null], [[1]], [{}]]),
  object: (r) => r.pick([{}, { a: 1 }, { a: { b: { c: [1] } } }, JSON.parse('{"__proto__":{"admin":true}}'), JSON.parse('{"constructor":{"prototype":{"x":1}}}')]),
  number: (r) => r.pick([1e308, -1e308, 2 ** 53 + 1, -(2 ** 53) - 1, -1, -0.5, 0.1 + 0.2, 1.5, 1e-12, 0, "NaN", "Infinity", "-Infinity", "1e309", "0x10"]),
  long: (r) => r.pick(["a".repeat(10_000), "9".repeat(400), "é".repeat(5_000)]),
  unicode: (r) => r.pick(["🙂", "\u202e\u0644", "ü", "\uffff", "\ud800", "ＡＢＣ", "𝕏", "\u00a0", "零"]),
  nul: (r) => r.pick(["\u0000", "a\u0000b", "\u0000".repeat(10)]),
  meta: (r) => r.pick(["' OR 1=1 --", '"; DROP TABLE x; --', "<script>alert(1)</script>", "../../etc/passwd", "${7*7}", "{{7*7}}", "$ne", "%s%n", "\\", "\r\n", "*", "%", "_"]),
}
export const VALUE_CLASSES = Object.keys(VALUES)

const BAD_IDS: Record<string, string[]> = {
  "bad-id": ["x", "0", "-1", "null", "undefined", "plan_00000000000000000000000000", "cus_missing", "' OR 1=1 --", "*", "a b"],
  "path-long": ["a".repeat(2_000)],
  "path-unicode": ["%F0%9F%99%82", "%C3%BC", "%E2%80%AE"],
  "path-dots": ["..%2F..%2Fetc", "%2E%2E%2Fx"],
  "path-nul": ["%00", "a%00b"],
  "path-percent": ["%", "%E0%A4%A", "%ZZ"],
}
export const PATH_CLASSES = Object.keys(BAD_IDS)

export type Case = {
  /** The input class, for the summary and `KNOWN_FAILURES`: `body:nul`, `query:order`, `path:bad-id`, … */
  kind: string
  params: Record<string, string>
  query: string
  body?: string
  contentType?: string
  headers: Record<string, string>
}

/** Percent-encodes every UTF-8 byte (a lone surrogate too, which `encodeURIComponent` refuses). */
const enc = (value: unknown) =>
  [...Buffer.from(typeof value === "string" ? value : JSON.stringify(value))].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")

const QUERY_FIELDS = ["limit", "offset", "order", "fields", "q", "expand", "id", "customer_id"]

/**
 * One malformed request for a route. `realIds` are the route's path params as real ids: most
 * cases use them, so the malformed body or query reaches the route's own code; `otherIds` are
 * real ids of other kinds (a plan's id where a tier's is expected).
 */
export function generateCase(route: Route, random: Random, realIds: Record<string, string>, otherIds: string[]): Case {
  const fields = route.fields.length ? route.fields : ["name", "id"]
  const params = Object.fromEntries(route.params.map((param) => [param, encodeURIComponent(realIds[param])]))
  const headers: Record<string, string> = {}
  if (route.method === "POST") {
    headers["idempotency-key"] = `fuzz-${random.int(1e9)}`
  }

  const locations = ["query", ...(route.method === "POST" ? ["body", "body", "body", "raw"] : []), ...(route.params.length ? ["path"] : [])]
  const location = random.pick(locations)
  const base: Case = { kind: "", params, query: "", headers, ...(route.method === "POST" && { body: "{}", contentType: "application/json" }) }

  if (location === "path") {
    const kind = random.pick([...PATH_CLASSES, "wrong-kind-id"])
    const param = random.pick(route.params)
    const id = kind === "wrong-kind-id" ? encodeURIComponent(random.pick(otherIds)) : random.pick(BAD_IDS[kind])
    return { ...base, kind: `path:${kind}`, params: { ...params, [param]: id } }
  }
  if (location === "raw") {
    const kind = random.pick(["bad-json", "json-scalar", "content-type", "unknown-field", "missing", "idempotency"])
    const raw: Record<string, () => Partial<Case>> = {
      "bad-json": () => ({ body: random.pick(["{", '{"a":', "{'a':1}", '{"a":NaN}', "[1,]", '{"a":1}}', "\u0000", '{"a":"\\x"}']) }),
      "json-scalar": () => ({ body: random.pick(["null", "[]", "[{}]", "1", '"x"', "true"]) }),
      "content-type": () => ({
        ...random.pick([
          { body: "name=x&amount=1", contentType: "application/x-www-form-urlencoded" },
          { body: "hello", contentType: "text/plain" },
          { body: "{}", contentType: "application/xml" },
        ]),
      }),
      "unknown-field": () => ({ body: JSON.stringify({ [random.pick(["surprise", "__proto__", "id", "deleted_at", "customer_id", "status"])]: "x" }) }),
      missing: () => ({ body: random.pick(["{}", ""]) }),
      idempotency: () => ({
        headers: { "idempotency-key": random.pick(["", " ", "k".repeat(201), "cart:abc", "a\tb", "ü", "../x", "' OR 1=1 --"]) },
      }),
    }
    return { ...base, kind: `body:${kind}`, ...raw[kind]() }
  }

  const valueClass = random.pick(VALUE_CLASSES)
  const chosen = random.some(fields)
  if (location === "body") {
    const body = Object.fromEntries(chosen.map((field) => [field, VALUES[valueClass](random)]))
    return { ...base, kind: `body:${valueClass}`, body: JSON.stringify(body) }
  }
  // query: a value class, or one of the query-only shapes
  const kind = random.pick([...VALUE_CLASSES, "query-array", "query-nested", "order", "percent"])
  const names = [...chosen, random.pick(QUERY_FIELDS)]
  const parts = names.map((name) => {
    switch (kind) {
      case "query-array":
        return `${name}=1&${name}=2&${name}[]=3`
      case "query-nested":
        return `${name}[a][b]=1&${name}[$ne]=x`
      case "order":
        return `order=${random.pick(["", "-", "x", "-x", "id,-id", "created_at;drop", random.pick(fields)])}`
      case "percent":
        return `${name}=${random.pick(["%", "%E0%A4%A", "%ZZ", "%C0%AF"])}`
      default:
        return `${name}=${enc(VALUES[kind](random))}`
    }
  })
  return { ...base, kind: `query:${kind}`, query: parts.join("&") }
}

// ─── State ──────────────────────────────────────────────────────────────────────────────

/** The plugin's tables, read from its data models (`model.define("table", …)`). */
export function pluginTables(): string[] {
  const tables: string[] = []
  for (const module of readdirSync(MODULES_ROOT)) {
    const dir = path.join(MODULES_ROOT, module, "models")
    let files: string[] = []
    try {
      files = readdirSync(dir).filter((file) => file.endsWith(".ts"))
    } catch {
      continue
    }
    for (const file of files) {
      for (const [, table] of readFileSync(path.join(dir, file), "utf8").matchAll(/\.define\(\s*"([a-z_]+)"/g)) {
        tables.push(table)
      }
    }
  }
  return tables.sort()
}

/**
 * One SQL statement reading the state a refused request must not change: per plugin table, its
 * row count and the sum of its rows' hashes (every column but `updated_at` and `last_used_at`:
 * balances, codes, statuses, …); per Medusa table the plugin writes to, its live row count.
 */
export function snapshotSql(tables: string[], medusaTables: string[]): string {
  const plugin = tables.map(
    (table) =>
      `select '${table}' as name, count(*) || ':' || coalesce(sum(hashtextextended((to_jsonb(t) - 'updated_at' - 'last_used_at')::text, 0)), 0) as state from "${table}" t`
  )
  const medusa = medusaTables.map((table) => `select '${table}', count(*)::text from "${table}" where deleted_at is null`)
  return [...plugin, ...medusa].join("\nunion all\n")
}
