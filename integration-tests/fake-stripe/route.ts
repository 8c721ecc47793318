import type { Form } from "./form"
import type { FakeStripeState } from "./state"

export type Request = { params: Record<string, string>; form: Form }

/** One endpoint of the fake: `path` uses `:name` segments, e.g. `/v1/customers/:id`. */
export type Route = {
  method: "GET" | "POST" | "DELETE"
  path: string
  handle: (request: Request, state: FakeStripeState) => unknown
}

export const list = (url: string, data: unknown[]) => ({ object: "list", url, has_more: false, data })
