/**
 * Decodes Stripe's form encoding (`metadata[session_id]=x&expand[0]=payment_method`)
 * into nested objects; `[0]`-style keys become arrays. Values stay strings, as on the wire.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type Form = Record<string, FormValue>

export function parseForm(encoded: string | null | undefined): Form {
  const root: Form = {}
  for (const [key, value] of new URLSearchParams(encoded ?? "")) {
    const [head, ...rest] = key.split("[").map((part) => part.replace(/]$/, ""))
    let node: Record<string, FormValue> = root
    let name = head
    for (const next of rest) {
      node[name] ??= /^\d+$/.test(next) ? [] : {}
      node = node[name] as Record<string, FormValue>
      name = next
    }
    node[name] = value
  }
  return root
}

export const bool = (value: FormValue | undefined) => value === "true"

export const int = (value: FormValue | undefined) => (value === undefined ? undefined : Number(value))

export const str = (value: FormValue | undefined) => (typeof value === "string" && value !== "" ? value : null)

export const strings = (value: FormValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []

export const record = (value: FormValue | undefined): Record<string, string> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"))
    : {}
