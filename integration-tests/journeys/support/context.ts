import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"

/** Request config for one caller: a shopper, the merchant, or an anonymous storefront. */
export type Caller = { headers: Record<string, string> }

/**
 * What a journey runs against: the store API of a store seeded like the demo, the merchant's
 * session, and — only where the journey runs in the same process as Medusa (`npm test`) — the
 * container, for jobs run on a controllable clock. Against a running demo (`npm run smoke`)
 * there is no container, and effects of events are awaited by polling (`eventually`).
 */
export type JourneyContext = {
  api: AxiosInstance
  publishableKey: string
  admin: Caller
  /** The demo partner's API key (`Authorization: Bearer`), when known. */
  partnerKey?: string
  /**
   * Runs `action` and waits until the subscribers of `event` have handled it, where the
   * journey can see them (in process); elsewhere it only runs the action.
   */
  settled: <T>(event: string, action: () => Promise<T>) => Promise<T>
  container?: () => MedusaContainer
}

/** Polls `assertion` until it passes (or `timeoutMs` runs out, then throws its last error). */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    try {
      return await assertion()
    } catch (error) {
      if (Date.now() - started > timeoutMs) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

/** A unique suffix for the emails of shoppers a journey creates, so a demo stays usable after it. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

/** Makes a failed request's error name the method, the path and Medusa's answer, so a journey's failure says why. */
export function explainFailures(api: AxiosInstance) {
  api.interceptors.response.use(undefined, (error) => {
    const { config, response } = error ?? {}
    if (response && config && !error.explained) {
      error.explained = true
      error.message = `${error.message}: ${config.method?.toUpperCase()} ${config.url} → ${JSON.stringify(response.data)}`
    }
    throw error
  })
  return api
}
