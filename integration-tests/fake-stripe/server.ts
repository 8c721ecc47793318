import { FakeStripeError } from "./errors"
import { parseForm } from "./form"
import type { Route } from "./route"
import type { FakeStripeState } from "./state"

type Answer = { status: number; body: unknown; executed: boolean }

function compile(route: Route) {
  const names: string[] = []
  const source = route.path.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name)
    return "([^/]+)"
  })
  return { ...route, pattern: new RegExp(`^${source}$`), names }
}

/**
 * A `fetch` that answers Stripe's REST API from memory, for
 * `Stripe.createFetchHttpClient(fakeFetch)`. POSTs honour `Idempotency-Key` as
 * Stripe does: the same key and parameters replay the first answer
 * (`Idempotent-Replayed: true`), the same key with other parameters is a 400
 * idempotency_error. Every call is appended to `state.requests`.
 */
export function createFakeFetch(state: FakeStripeState, routes: Route[]) {
  const table = routes.map(compile)

  const execute = (method: string, path: string, body: string): Answer => {
    for (const route of table) {
      const match = route.method === method && route.pattern.exec(path)
      if (!match) {
        continue
      }
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]))
      try {
        const result = route.handle({ params, form: parseForm(body) }, state)
        return { status: 200, body: structuredClone(result), executed: true }
      } catch (error) {
        if (error instanceof FakeStripeError) {
          return { status: error.status, body: { error: error.error }, executed: error.executed }
        }
        throw error
      }
    }
    return {
      status: 404,
      body: { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` } },
      executed: false,
    }
  }

  return async function fakeFetch(url: string, init: RequestInit = {}): Promise<Response> {
    const { pathname, search } = new URL(url)
    const method = (init.method ?? "GET").toUpperCase()
    const body = method === "POST" ? String(init.body ?? "") : search.slice(1)
    const headers = new Headers(init.headers as HeadersInit)
    const key = method === "POST" ? headers.get("idempotency-key") : null

    let answer: Answer
    let replayed = false
    const stored = key ? state.idempotency.get(key) : undefined
    if (stored && (stored.method !== method || stored.path !== pathname || stored.body !== body)) {
      answer = {
        status: 400,
        body: {
          error: {
            type: "idempotency_error",
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          },
        },
        executed: false,
      }
    } else if (stored) {
      answer = { status: stored.status, body: stored.response, executed: true }
      replayed = true
    } else {
      answer = execute(method, pathname, body)
      if (key && answer.executed) {
        state.idempotency.set(key, { method, path: pathname, body, status: answer.status, response: answer.body })
      }
    }

    state.requests.push({
      method,
      path: pathname,
      params: parseForm(body),
      idempotencyKey: key,
      apiVersion: headers.get("stripe-version"),
      status: answer.status,
      replayed,
    })
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: {
        "content-type": "application/json",
        "request-id": state.newId("req"),
        ...(replayed && { "idempotent-replayed": "true" }),
        ...(key && { "idempotency-key": key }),
      },
    })
  }
}
